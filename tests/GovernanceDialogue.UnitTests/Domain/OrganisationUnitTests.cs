using GovernanceDialogue.Core.Common.Errors;
using GovernanceDialogue.Core.Domain.Organisation;

namespace GovernanceDialogue.UnitTests.Domain;

public sealed class OrganisationUnitTests
{
    private static readonly DateOnly Start = new(2020, 1, 1);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static OrganisationUnit New(UnitKind kind, OrganisationUnit? parent, string code) =>
        OrganisationUnit.Create(Guid.CreateVersion7(), kind, $"Enhet {code}", code, parent, null, Start);

    [Theory]
    [InlineData(UnitKind.City, null, true)]
    [InlineData(UnitKind.City, UnitKind.City, false)]
    [InlineData(UnitKind.Administration, UnitKind.City, true)]
    [InlineData(UnitKind.Administration, UnitKind.Administration, false)]
    [InlineData(UnitKind.Administration, null, false)]
    [InlineData(UnitKind.Unit, UnitKind.Administration, true)]
    [InlineData(UnitKind.Unit, UnitKind.Unit, true)]
    [InlineData(UnitKind.Unit, UnitKind.City, false)]
    [InlineData(UnitKind.Unit, null, false)]
    public void CanBeChildOf_FollowsTheThreeLevels(UnitKind kind, UnitKind? parent, bool allowed) =>
        Assert.Equal(allowed, OrganisationUnit.CanBeChildOf(kind, parent));

    [Fact]
    public void Create_BuildsThePathFromTheRootAndUpperCasesTheCode()
    {
        var city = New(UnitKind.City, null, "stad");
        var administration = New(UnitKind.Administration, city, "adm");

        Assert.Equal($"/{city.Id:N}/{administration.Id:N}/", administration.Path);
        Assert.Equal("ADM", administration.ShortCode);
        Assert.True(city.Contains(administration));
        Assert.False(administration.Contains(city));
    }

    [Fact]
    public void Create_UnderAClosedParent_IsRefused()
    {
        var city = New(UnitKind.City, null, "stad");
        var administration = New(UnitKind.Administration, city, "adm");
        administration.Close(Start, hasChildrenActiveAfter: false);

        var error = Assert.Throws<DomainRuleException>(() => OrganisationUnit.Create(Guid.NewGuid(), UnitKind.Unit, "U", "U", administration, null, Today));

        Assert.Equal(DomainRules.UnitClosed, error.Rule);
    }

    [Fact]
    public void MoveUnder_ItsOwnDescendant_IsRefusedAndChangesNothing()
    {
        var city = New(UnitKind.City, null, "stad");
        var administration = New(UnitKind.Administration, city, "adm");
        var unit = New(UnitKind.Unit, administration, "u");
        var child = New(UnitKind.Unit, unit, "c");
        var pathBefore = unit.Path;

        var error = Assert.Throws<DomainRuleException>(() => unit.MoveUnder(child, Today));

        Assert.Equal(DomainRules.UnitMoveCycle, error.Rule);
        Assert.Equal(pathBefore, unit.Path);
        Assert.Equal(administration.Id, unit.ParentId);
    }

    [Fact]
    public void MoveUnder_AnotherParent_ReturnsTheOldPathAndRebuildsItsOwn()
    {
        var city = New(UnitKind.City, null, "stad");
        var first = New(UnitKind.Administration, city, "a1");
        var second = New(UnitKind.Administration, city, "a2");
        var unit = New(UnitKind.Unit, first, "u");

        var oldPath = unit.MoveUnder(second, Today);

        Assert.Equal($"{first.Path}{unit.Id:N}/", oldPath);
        Assert.Equal($"{second.Path}{unit.Id:N}/", unit.Path);
        Assert.Equal(second.Id, unit.ParentId);
    }

    [Fact]
    public void MoveUnder_AParentOfTheWrongKind_IsRefused()
    {
        var city = New(UnitKind.City, null, "stad");
        var administration = New(UnitKind.Administration, city, "adm");
        var unit = New(UnitKind.Unit, administration, "u");

        Assert.Equal(DomainRules.UnitInvalidParent, Assert.Throws<DomainRuleException>(() => unit.MoveUnder(city, Today)).Rule);
    }

    [Fact]
    public void Close_WithActiveChildren_IsRefused_AndWithoutSetsValidTo()
    {
        var city = New(UnitKind.City, null, "stad");

        Assert.Equal(DomainRules.UnitHasActiveChildren, Assert.Throws<DomainRuleException>(() => city.Close(Today, hasChildrenActiveAfter: true)).Rule);
        Assert.Null(city.ValidTo);

        city.Close(Today, hasChildrenActiveAfter: false);
        Assert.Equal(Today, city.ValidTo);
        Assert.False(city.IsActiveOn(Today));
        Assert.True(city.IsActiveOn(Today.AddDays(-1)));
        Assert.Equal(DomainRules.UnitClosed, Assert.Throws<DomainRuleException>(() => city.Close(Today, false)).Rule);
    }

    [Fact]
    public void Close_BeforeValidFrom_IsRefused()
    {
        var city = New(UnitKind.City, null, "stad");

        Assert.Equal(DomainRules.UnitInvalidValidity, Assert.Throws<DomainRuleException>(() => city.Close(Start.AddDays(-1), false)).Rule);
    }

    [Fact]
    public void EnsureNotClosed_RefusesOnlyOnceTheValidToHasCome()
    {
        var city = New(UnitKind.City, null, "stad");
        city.Close(Today, false);

        city.EnsureNotClosed(Today.AddDays(-1));
        Assert.Throws<DomainRuleException>(() => city.EnsureNotClosed(Today));
    }
}
