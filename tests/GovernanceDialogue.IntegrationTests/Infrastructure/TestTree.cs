using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Units;

namespace GovernanceDialogue.IntegrationTests.Infrastructure;

/// <summary>A small organisation tree to test against: Testby city → two administrations → units.</summary>
public sealed record TestTree(UnitDto City, UnitDto Administration, UnitDto OtherAdministration, UnitDto Unit, UnitDto SubUnit, UnitDto OtherUnit)
{
    public static async Task<TestTree> CreateAsync(Func<CreateUnit.Command, Task<UnitDto>> create)
    {
        var city = await create(new CreateUnit.Command(UnitKind.City, "Testby stad", "TESTBY", null, "HR-1", new DateOnly(2020, 1, 1)));
        var administration = await create(new CreateUnit.Command(UnitKind.Administration, "Skolförvaltningen", "SKF", city.Id, "HR-2", new DateOnly(2020, 1, 1)));
        var other = await create(new CreateUnit.Command(UnitKind.Administration, "Omsorgsförvaltningen", "OMF", city.Id, null, new DateOnly(2020, 1, 1)));
        var unit = await create(new CreateUnit.Command(UnitKind.Unit, "Ekskolan", "EKS", administration.Id, null, new DateOnly(2020, 1, 1)));
        var subUnit = await create(new CreateUnit.Command(UnitKind.Unit, "Ekskolans fritids", "EKS-FRI", unit.Id, null, new DateOnly(2020, 1, 1)));
        var otherUnit = await create(new CreateUnit.Command(UnitKind.Unit, "Hemtjänst Norr", "HTN", other.Id, null, new DateOnly(2020, 1, 1)));
        return new TestTree(city, administration, other, unit, subUnit, otherUnit);
    }
}
