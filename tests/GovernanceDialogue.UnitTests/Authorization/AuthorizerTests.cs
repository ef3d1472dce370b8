using GovernanceDialogue.Core.Authorization;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Identity;

namespace GovernanceDialogue.UnitTests.Authorization;

/// <summary>The decisions of the one gate, for each kind of principal, without a database (paths given directly).</summary>
public sealed class AuthorizerTests
{
    private const string City = "/c/";
    private const string School = "/c/s/";
    private const string Preschool = "/c/s/p/";
    private const string Care = "/c/o/";

    private static Authorizer For(Action<CurrentUser> setUp)
    {
        var user = new CurrentUser();
        setUp(user);
        return new Authorizer(user, null!, TimeProvider.System);
    }

    private static Authorizer User(params Grant[] grants) => For(u => u.SetUser(Guid.NewGuid(), "Test", grants));

    [Fact]
    public void Anonymous_ReadsPublishedMaterial_AndNothingElse()
    {
        var anonymous = For(_ => { });

        Assert.True(anonymous.Can(Permission.ReadPublishedMission, Preschool));
        Assert.True(anonymous.Can(Permission.ReadOrganisation, null));
        Assert.False(anonymous.Can(Permission.ReadMissionDraft, Preschool));
        Assert.False(anonymous.Can(Permission.ReadOwnAccount, null));
        Assert.False(anonymous.Can(Permission.ManageOrganisation, Preschool));
    }

    [Fact]
    public void ScopedRoles_ApplyToTheWholeSubtree_AndNowhereElse()
    {
        var executive = User(new Grant(Role.Executive, Guid.NewGuid(), School));

        Assert.True(executive.Can(Permission.EditMission, School));
        Assert.True(executive.Can(Permission.EditMission, Preschool));
        Assert.False(executive.Can(Permission.EditMission, Care));
        Assert.False(executive.Can(Permission.EditMission, City));
        Assert.False(executive.Can(Permission.ManageOrganisation, Preschool));
    }

    [Fact]
    public void Politician_ReadsPublished_ButNeverDrafts()
    {
        var politician = User(new Grant(Role.Politician, Guid.NewGuid(), City));

        Assert.True(politician.Can(Permission.ReadPublishedMission, Preschool));
        Assert.False(politician.Can(Permission.ReadMissionDraft, Preschool));
        Assert.False(politician.Can(Permission.EditMission, Preschool));
        Assert.True(politician.Can(Permission.ReadOwnAccount, null));
    }

    [Fact]
    public void Administrator_ManagesEverything_ButReadsNoDraftsByThatRoleAlone()
    {
        var administrator = User(new Grant(Role.Administrator, null, null));

        Assert.True(administrator.Can(Permission.ManageUsers, null));
        Assert.True(administrator.Can(Permission.ManageOrganisation, null));
        Assert.True(administrator.Can(Permission.ReadAudit, null));
        Assert.False(administrator.Can(Permission.ReadMissionDraft, Preschool));
        Assert.False(administrator.Can(Permission.EditMission, Preschool));

        var administratorAndManager = User(new Grant(Role.Administrator, null, null), new Grant(Role.UnitManager, Guid.NewGuid(), Preschool));
        Assert.True(administratorAndManager.Can(Permission.ReadMissionDraft, Preschool));
    }

    [Fact]
    public void Tokens_NeedTheScope_AndStayInTheirSubtree()
    {
        var reader = For(u => u.SetToken(Guid.NewGuid(), "BI", TokenScopes.Read, Guid.NewGuid(), School));
        var writer = For(u => u.SetToken(Guid.NewGuid(), "HR", TokenScopes.Read | TokenScopes.Write, Guid.NewGuid(), School));

        Assert.False(reader.Can(Permission.ManageOrganisation, Preschool));
        Assert.True(writer.Can(Permission.ManageOrganisation, Preschool));
        Assert.False(writer.Can(Permission.ManageOrganisation, Care));
        Assert.False(writer.Can(Permission.ManageOrganisation, null));
        Assert.False(writer.Can(Permission.ManageUsers, null));
        Assert.True(reader.Can(Permission.ReadOwnAccount, null));
    }

    [Fact]
    public void System_MayDoAnything() =>
        Assert.All(Enum.GetValues<Permission>(), p => Assert.True(For(u => u.SetSystem()).Can(p, Preschool)));
}
