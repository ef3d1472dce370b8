using System.Net;
using System.Text.Json;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Units;

public sealed class UnitsApiTests : IntegrationTest
{
    private async Task<TestTree> TreeAsync()
    {
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        await SignInAsync((Role.Administrator, null));
        return tree;
    }

    [Fact]
    public async Task Create_City_ReturnsCreatedWithLocationAndETag()
    {
        await SignInAsync((Role.Administrator, null));

        var response = await Client.PostJsonAsync("/api/v1/units", new { kind = "City", name = "Nyby stad", shortCode = "nyby", validFrom = "2024-01-01" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var unit = await response.ReadAsync<UnitDto>();
        Assert.Equal("NYBY", unit.ShortCode);
        Assert.Equal(new DateOnly(2024, 1, 1), unit.ValidFrom);
        Assert.Equal($"/api/v1/units/{unit.Id}", response.Headers.Location?.AbsolutePath);
        var stored = await DbAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id));
        Assert.Equal($"\"{stored.Version}\"", response.ETagOf());
        Assert.True(await DbAsync(db => db.Missions.AnyAsync(m => m.UnitId == unit.Id)));
    }

    [Fact]
    public async Task Create_WithUnknownParent_Returns400NamingParentAndStoresNothing()
    {
        await SignInAsync((Role.Administrator, null));

        var response = await Client.PostJsonAsync("/api/v1/units", new { kind = "Administration", name = "X", shortCode = "X", parentId = Guid.NewGuid() });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("parentId"));
        Assert.Equal(0, await DbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Create_AdministrationUnderUnit_Returns409InvalidParent()
    {
        var tree = await TreeAsync();

        var response = await Client.PostJsonAsync("/api/v1/units", new { kind = "Administration", name = "Fel", shortCode = "FEL", parentId = tree.Unit.Id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-invalid-parent");
        Assert.Equal("unit-invalid-parent", problem.GetProperty("rule").GetString());
        Assert.False(await DbAsync(db => db.Units.AnyAsync(u => u.ShortCode == "FEL")));
    }

    [Fact]
    public async Task Create_WithTakenShortCode_Returns409()
    {
        var tree = await TreeAsync();

        var response = await Client.PostJsonAsync("/api/v1/units", new { kind = "Unit", name = "Ny", shortCode = "eks", parentId = tree.Administration.Id });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-short-code-taken");
        Assert.Equal(1, await DbAsync(db => db.Units.CountAsync(u => u.ShortCode == "EKS")));
    }

    [Fact]
    public async Task Create_WithUnknownKind_Returns400NamingKindAndAllowedValues()
    {
        await SignInAsync((Role.Administrator, null));

        var response = await Client.PostJsonAsync("/api/v1/units", new { kind = "Region", name = "X", shortCode = "X" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        var messages = problem.ErrorsFor("$.kind");
        Assert.Contains(messages, m => m.Contains("City, Administration, Unit", StringComparison.Ordinal));
        Assert.Equal(0, await DbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Create_WithMalformedJson_Returns400Problem()
    {
        await SignInAsync((Role.Administrator, null));

        var response = await Client.PostJsonAsync("/api/v1/units", "{\"kind\": \"City\", \"name\": ");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(0, await DbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Create_WithBlankNameAndBadShortCode_ListsEachField()
    {
        await SignInAsync((Role.Administrator, null));

        var response = await Client.PostJsonAsync("/api/v1/units", new { kind = "City", name = "   ", shortCode = "a b" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.NotEmpty(problem.ErrorsFor("name"));
        Assert.NotEmpty(problem.ErrorsFor("shortCode"));
    }

    [Fact]
    public async Task List_FiltersByKindParentAndName_AndPages()
    {
        var tree = await TreeAsync();

        var administrations = await (await Client.GetAsync("/api/v1/units?kind=Administration", Cancel)).ReadAsync<PagedList<UnitDto>>();
        Assert.Equal(["Omsorgsförvaltningen", "Skolförvaltningen"], administrations.Items.Select(u => u.Name));

        var children = await (await Client.GetAsync($"/api/v1/units?parentId={tree.Administration.Id}", Cancel)).ReadAsync<PagedList<UnitDto>>();
        Assert.Equal([tree.Unit.Id], children.Items.Select(u => u.Id));

        var byName = await (await Client.GetAsync("/api/v1/units?name=eksk", Cancel)).ReadAsync<PagedList<UnitDto>>();
        Assert.Equal(["Ekskolan", "Ekskolans fritids"], byName.Items.Select(u => u.Name));

        var page2 = await (await Client.GetAsync("/api/v1/units?pageSize=4&page=2", Cancel)).ReadAsync<PagedList<UnitDto>>();
        Assert.Equal(6, page2.TotalCount);
        Assert.Equal(2, page2.TotalPages);
        Assert.Equal(2, page2.Items.Count);
    }

    [Fact]
    public async Task List_WithPageSizeOverMaximum_Returns400()
    {
        var response = await Client.GetAsync("/api/v1/units?pageSize=1000", Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("pageSize"));
    }

    [Fact]
    public async Task List_NameFilterTreatsWildcardsLiterally()
    {
        await TreeAsync();

        var result = await (await Client.GetAsync("/api/v1/units?name=%25", Cancel)).ReadAsync<PagedList<UnitDto>>();

        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task Children_OfUnknownUnit_Returns404()
    {
        var response = await Client.GetAsync($"/api/v1/units/{Guid.NewGuid()}/children", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task Tree_NestsUnitsUnderTheirParents()
    {
        var tree = await TreeAsync();

        var nodes = await (await Client.GetAsync("/api/v1/units/tree", Cancel)).ReadAsync<List<GetUnitTree.Node>>();

        var city = Assert.Single(nodes);
        Assert.Equal(tree.City.Id, city.Id);
        var school = Assert.Single(city.Children, n => n.Id == tree.Administration.Id);
        var unit = Assert.Single(school.Children);
        Assert.Equal(tree.SubUnit.Id, Assert.Single(unit.Children).Id);
    }

    [Fact]
    public async Task Tree_FromRoot_ReturnsOnlyThatSubtree()
    {
        var tree = await TreeAsync();

        var nodes = await (await Client.GetAsync($"/api/v1/units/tree?rootId={tree.Administration.Id}", Cancel)).ReadAsync<List<GetUnitTree.Node>>();

        var root = Assert.Single(nodes);
        Assert.Equal(tree.Administration.Id, root.Id);
        Assert.DoesNotContain(Flatten(nodes), n => n.Id == tree.OtherUnit.Id);
    }

    [Fact]
    public async Task Get_UnknownUnit_Returns404Problem()
    {
        var response = await Client.GetAsync($"/api/v1/units/{Guid.NewGuid()}", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task Update_WithCurrentETag_RenamesAndReturnsNewETag()
    {
        var tree = await TreeAsync();
        var get = await Client.GetAsync($"/api/v1/units/{tree.Unit.Id}", Cancel);

        var put = await Client.PutJsonAsync(
            $"/api/v1/units/{tree.Unit.Id}", new { name = "Ekskolan F–9", shortCode = "EKS", validFrom = "2020-01-01" }, get.ETagOf());

        var unit = await put.ReadAsync<UnitDto>();
        Assert.Equal("Ekskolan F–9", unit.Name);
        Assert.NotEqual(get.ETagOf(), put.ETagOf());
    }

    [Fact]
    public async Task Update_WithStaleETag_Returns412AndChangesNothing()
    {
        var tree = await TreeAsync();
        var first = await Client.GetAsync($"/api/v1/units/{tree.Unit.Id}", Cancel);
        var staleETag = first.ETagOf();
        (await Client.PutJsonAsync($"/api/v1/units/{tree.Unit.Id}", new { name = "Först", shortCode = "EKS", validFrom = "2020-01-01" }, staleETag))
            .EnsureSuccessStatusCode();

        var second = await Client.PutJsonAsync($"/api/v1/units/{tree.Unit.Id}", new { name = "Sen", shortCode = "EKS", validFrom = "2020-01-01" }, staleETag);

        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed, "/problems/precondition-failed");
        Assert.Equal("Först", await DbAsync(db => db.Units.Where(u => u.Id == tree.Unit.Id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var tree = await TreeAsync();

        var response = await Client.PutJsonAsync($"/api/v1/units/{tree.Unit.Id}", new { name = "Utan", shortCode = "EKS", validFrom = "2020-01-01" });

        await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired, "/problems/precondition-required");
        Assert.Equal("Ekskolan", await DbAsync(db => db.Units.Where(u => u.Id == tree.Unit.Id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task Move_UnderOtherAdministration_RewritesTheWholeSubtreesPaths()
    {
        var tree = await TreeAsync();

        var response = await Client.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/move", new { parentId = tree.OtherAdministration.Id });

        var moved = await response.ReadAsync<UnitDto>();
        Assert.Equal(tree.OtherAdministration.Id, moved.ParentId);
        var paths = await DbAsync(db => db.Units.ToDictionaryAsync(u => u.Id, u => u.Path));
        Assert.StartsWith(paths[tree.OtherAdministration.Id], paths[tree.Unit.Id], StringComparison.Ordinal);
        Assert.StartsWith(paths[tree.Unit.Id], paths[tree.SubUnit.Id], StringComparison.Ordinal);
        var subtree = await (await Client.GetAsync($"/api/v1/units/tree?rootId={tree.OtherAdministration.Id}", Cancel)).ReadAsync<List<GetUnitTree.Node>>();
        Assert.Contains(Flatten(subtree), n => n.Id == tree.SubUnit.Id);
    }

    [Fact]
    public async Task Move_UnderOwnDescendant_Returns409CycleAndChangesNothing()
    {
        var tree = await TreeAsync();
        var before = await DbAsync(db => db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.ParentId, u.Path }).ToListAsync());

        var response = await Client.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/move", new { parentId = tree.SubUnit.Id });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-move-cycle");
        var after = await DbAsync(db => db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.ParentId, u.Path }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Move_UnderItself_Returns409Cycle()
    {
        var tree = await TreeAsync();

        var response = await Client.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/move", new { parentId = tree.Unit.Id });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-move-cycle");
    }

    [Fact]
    public async Task Move_ToUnknownParent_Returns400()
    {
        var tree = await TreeAsync();

        var response = await Client.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/move", new { parentId = Guid.NewGuid() });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("parentId"));
    }

    [Fact]
    public async Task Move_WithStaleIfMatch_Returns412()
    {
        var tree = await TreeAsync();

        var response = await Client.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/move", new { parentId = tree.OtherAdministration.Id }, "\"1\"");

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(tree.Administration.Id, await DbAsync(db => db.Units.Where(u => u.Id == tree.Unit.Id).Select(u => u.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task Close_WithActiveChildren_Returns409()
    {
        var tree = await TreeAsync();

        var response = await Client.PostJsonAsync($"/api/v1/units/{tree.Unit.Id}/close", new { validTo = "2030-01-01" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-has-active-children");
        Assert.Null(await DbAsync(db => db.Units.Where(u => u.Id == tree.Unit.Id).Select(u => u.ValidTo).SingleAsync()));
    }

    [Fact]
    public async Task Close_Leaf_SetsValidToAndHidesItFromDefaultLists()
    {
        var tree = await TreeAsync();
        var today = App.Clock.Today();

        var response = await Client.PostJsonAsync($"/api/v1/units/{tree.SubUnit.Id}/close", new { validTo = today.ToString("yyyy-MM-dd") });

        Assert.Equal(today, (await response.ReadAsync<UnitDto>()).ValidTo);
        var open = await (await Client.GetAsync($"/api/v1/units/{tree.Unit.Id}/children", Cancel)).ReadAsync<PagedList<UnitDto>>();
        Assert.Empty(open.Items);
        var all = await (await Client.GetAsync($"/api/v1/units/{tree.Unit.Id}/children?includeClosed=true", Cancel)).ReadAsync<PagedList<UnitDto>>();
        Assert.Single(all.Items);
    }

    [Fact]
    public async Task Delete_UnitWithoutHistory_Returns204()
    {
        var tree = await TreeAsync();

        var response = await Client.DeleteAsync($"/api/v1/units/{tree.OtherUnit.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await DbAsync(db => db.Units.AnyAsync(u => u.Id == tree.OtherUnit.Id)));
    }

    [Fact]
    public async Task Delete_UnitWithChildren_Returns409HasHistory()
    {
        var tree = await TreeAsync();

        var response = await Client.DeleteAsync($"/api/v1/units/{tree.Unit.Id}", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/unit-has-history");
        Assert.True(await DbAsync(db => db.Units.AnyAsync(u => u.Id == tree.Unit.Id)));
    }

    private static IEnumerable<GetUnitTree.Node> Flatten(IEnumerable<GetUnitTree.Node> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
