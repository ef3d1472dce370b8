using System.Net;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using GovernanceDialogue.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Security;

/// <summary>Administrators create and invite users and give them roles; there is no self-registration.</summary>
public sealed class UserAdministrationTests : IntegrationTest
{
    private TestTree tree = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        await SignInAsync((Role.Administrator, null));
    }

    [Fact]
    public async Task CreateWithoutPassword_GivesAnInvitation_WithWhichTheUserChoosesAPasswordAndSignsIn()
    {
        var response = await Client.PostJsonAsync("/api/v1/users", new { email = "ny@solvik.example", displayName = "Nina Ny" });
        var created = await response.ReadAsync<CreatedUser>();
        Assert.False(created.User.HasPassword);
        Assert.NotNull(created.InvitationUrl);

        using var invited = NewClient();
        var page = await invited.GetPageAsync(new Uri(created.InvitationUrl).PathAndQuery);
        var accepted = await invited.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = "ett långt och säkert lösenord",
            ["Input.ConfirmPassword"] = "ett långt och säkert lösenord",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var login = await invited.GetPageAsync("/account/login");
        var signedIn = await invited.SubmitAsync(login, "main form.form", new Dictionary<string, string>
        {
            ["Input.Email"] = "ny@solvik.example",
            ["Input.Password"] = "ett långt och säkert lösenord",
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync("/api/v1/me", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Invitation_WithABadToken_IsRefusedAndSetsNoPassword()
    {
        var created = await (await Client.PostJsonAsync("/api/v1/users", new { email = "ny@solvik.example", displayName = "Nina Ny" })).ReadAsync<CreatedUser>();
        using var stranger = NewClient();
        var page = await stranger.GetPageAsync($"/account/invitation?user={created.User.Id}&token=forged");

        var response = await stranger.SubmitAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = "ett långt och säkert lösenord",
            ["Input.ConfirmPassword"] = "ett långt och säkert lösenord",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ParseAsync()).QuerySelector(".error-summary"));
        Assert.Null(await DbAsync(db => db.Users.Where(u => u.Id == created.User.Id).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task Create_WithAWeakPassword_Returns400OnThePasswordField()
    {
        var response = await Client.PostJsonAsync("/api/v1/users", new { email = "ny@solvik.example", displayName = "Nina", password = "kort" });

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("password"));
        Assert.False(await DbAsync(db => db.Users.AnyAsync(u => u.Email == "ny@solvik.example")));
    }

    [Fact]
    public async Task Create_WithATakenEmail_Returns409()
    {
        await Client.PostJsonAsync("/api/v1/users", new { email = "ny@solvik.example", displayName = "Nina" });

        var response = await Client.PostJsonAsync("/api/v1/users", new { email = "NY@solvik.example", displayName = "Nina igen" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/user-email-taken");
    }

    [Fact]
    public async Task Assignments_AreAddedAndRemovedByRoleAndUnit()
    {
        var created = await (await Client.PostJsonAsync("/api/v1/users", new { email = "chef@solvik.example", displayName = "Chef", password = TestPassword })).ReadAsync<CreatedUser>();
        var url = $"/api/v1/users/{created.User.Id}/assignments";

        Assert.Equal(HttpStatusCode.Created, (await Client.PostJsonAsync(url, new { role = "Executive", unitId = tree.Administration.Id })).StatusCode);
        await (await Client.PostJsonAsync(url, new { role = "Executive", unitId = tree.Administration.Id })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/role-already-assigned");
        await (await Client.PostJsonAsync(url, new { role = "Integrator", unitId = tree.Administration.Id })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/role-not-assignable");
        await (await Client.PostJsonAsync(url, new { role = "UnitManager" })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/role-scope-invalid");
        await (await Client.PostJsonAsync(url, new { role = "Administrator", unitId = tree.City.Id })).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/role-scope-invalid");
        Assert.NotEmpty((await (await Client.PostJsonAsync(url, new { role = "Executive", unitId = Guid.NewGuid() })).AssertProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("unitId"));

        var user = await (await Client.GetAsync($"/api/v1/users/{created.User.Id}", Cancel)).ReadAsync<UserDto>();
        Assert.Equal([(Role.Executive, tree.Administration.Id)], user.Assignments.Select(a => (a.Role, a.UnitId)));

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"{url}?role=Executive&unitId={tree.Administration.Id}", Cancel)).StatusCode);
        await (await Client.DeleteAsync($"{url}?role=Executive&unitId={tree.Administration.Id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await DbAsync(db => db.RoleAssignments.CountAsync(a => a.UserId == created.User.Id)));
    }

    [Fact]
    public async Task TheLastAdministrator_CannotLoseTheRoleOrBeDeactivated()
    {
        var me = Guid.Parse((await (await Client.GetAsync("/api/v1/me", Cancel)).ReadAsync<Core.Features.Account.GetMe.Response>()).Id);
        var get = await Client.GetAsync($"/api/v1/users/{me}", Cancel);

        var unassign = await Client.DeleteAsync($"/api/v1/users/{me}/assignments?role=Administrator", Cancel);
        var deactivate = await Client.PutJsonAsync($"/api/v1/users/{me}", new { displayName = "Admin", isActive = false }, get.ETagOf());

        await unassign.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/last-administrator");
        await deactivate.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/last-administrator");
        Assert.True(await DbAsync(db => db.Users.Where(u => u.Id == me).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Update_WithAStaleETag_Returns412()
    {
        var created = await (await Client.PostJsonAsync("/api/v1/users", new { email = "chef@solvik.example", displayName = "Chef", password = TestPassword })).ReadAsync<CreatedUser>();
        var first = await Client.GetAsync($"/api/v1/users/{created.User.Id}", Cancel);
        (await Client.PutJsonAsync($"/api/v1/users/{created.User.Id}", new { displayName = "Chef A", isActive = true }, first.ETagOf())).EnsureSuccessStatusCode();

        var stale = await Client.PutJsonAsync($"/api/v1/users/{created.User.Id}", new { displayName = "Chef B", isActive = true }, first.ETagOf());

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Chef A", await DbAsync(db => db.Users.Where(u => u.Id == created.User.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task List_SearchesAndFiltersByRole()
    {
        var created = await (await Client.PostJsonAsync("/api/v1/users", new { email = "greta@solvik.example", displayName = "Greta Garbo", password = TestPassword })).ReadAsync<CreatedUser>();
        await Client.PostJsonAsync($"/api/v1/users/{created.User.Id}/assignments", new { role = "Politician", unitId = tree.City.Id });

        var bySearch = await (await Client.GetAsync("/api/v1/users?search=garbo", Cancel)).ReadAsync<Core.Common.Paging.PagedList<UserDto>>();
        var byRole = await (await Client.GetAsync("/api/v1/users?role=Politician", Cancel)).ReadAsync<Core.Common.Paging.PagedList<UserDto>>();

        Assert.Equal([created.User.Id], bySearch.Items.Select(u => u.Id));
        Assert.Equal([created.User.Id], byRole.Items.Select(u => u.Id));
    }
}
