using System.Net;
using System.Net.Http.Json;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Analyses;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.GoalPictures;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Lessons;
using GovernanceDialogue.Core.Features.Missions;
using GovernanceDialogue.Core.Features.Summaries;
using GovernanceDialogue.Core.Features.Templates;
using GovernanceDialogue.Core.Features.Tokens;
using GovernanceDialogue.Core.Features.Units;
using GovernanceDialogue.Core.Features.Users;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Security;

/// <summary>
/// Every endpoint and page of the app, discovered from its own endpoint data source, against anonymous, every role
/// in scope and out of scope, and tokens: 401/403/200 as docs/security.md says, and a refused write stores nothing.
/// A new endpoint without a rule here makes this test fail.
/// </summary>
public sealed class AuthorizationMatrixTests : IntegrationTest
{
    /// <summary>The principals: "In" holds the role for the unit under test (or above it), "Out" for a sibling subtree.</summary>
    public enum Who
    {
        Anonymous,
        Administrator,
        ExecutiveIn,
        ExecutiveOut,
        ManagerIn,
        ManagerOut,
        Politician,
        ReadToken,
        WriteToken,
        WriteTokenOut,

        /// <summary>A token with only the webhooks scope, for the administration.</summary>
        WebhookToken,
    }

    private static readonly Func<Who, bool> Public = _ => true;
    private static readonly Func<Who, bool> SignedIn = who => who != Who.Anonymous;
    private static readonly Func<Who, bool> Administrator = who => who == Who.Administrator;
    private static readonly Func<Who, bool> ManageOrganisation = who => who is Who.Administrator or Who.WriteToken;

    // Administrators only: the write tokens here hold an administration, so GoalTests also checks a write token for
    // the city itself.
    private static readonly Func<Who, bool> ManageGoalPolicy = who => who == Who.Administrator;
    private static readonly Func<Who, bool> EditMission = who => who is Who.ExecutiveIn or Who.ManagerIn or Who.WriteToken;
    private static readonly Func<Who, bool> UnitHistory = who => who is Who.Administrator or Who.ExecutiveIn or Who.ManagerIn;
    private static readonly Func<Who, bool> EditGoalPicture = who => who is Who.ExecutiveIn;
    private static readonly Func<Who, bool> ReadUnitWork = who => who is Who.ExecutiveIn or Who.ManagerIn or Who.Politician or Who.ReadToken or Who.WriteToken;
    private static readonly Func<Who, bool> EditUnitWork = who => who is Who.ExecutiveIn or Who.ManagerIn or Who.WriteToken;
    private static readonly Func<Who, bool> ReadAdministrationGoals = who => who is Who.ExecutiveIn or Who.Politician or Who.ReadToken or Who.WriteToken;
    private static readonly Func<Who, bool> AnyLeader = who => who is Who.Administrator or Who.ExecutiveIn or Who.ExecutiveOut or Who.ManagerIn or Who.ManagerOut;
    private static readonly Func<Who, bool> ReadWheel = who => AnyLeader(who) || who is Who.ReadToken or Who.WriteToken or Who.WriteTokenOut;
    private static readonly Func<Who, bool> ManageCycles = who => who is Who.Administrator or Who.ExecutiveIn;
    private static readonly Func<Who, bool> CycleProgress = who => who is Who.Administrator or Who.ExecutiveIn or Who.ReadToken or Who.WriteToken;
    private static readonly Func<Who, bool> ReadDialogue = who => who is Who.ExecutiveIn or Who.ManagerIn;
    private static readonly Func<Who, bool> PrepareDialogue = who => who is Who.ManagerIn;
    private static readonly Func<Who, bool> LeadDialogue = who => who is Who.ExecutiveIn;
    private static readonly Func<Who, bool> ReadAgreements = who => who is Who.ExecutiveIn or Who.ManagerIn or Who.ReadToken or Who.WriteToken;
    private static readonly Func<Who, bool> EditUnitAgreements = who => who is Who.ExecutiveIn or Who.ManagerIn;
    private static readonly Func<Who, bool> EditSummaries = who => who is Who.ExecutiveIn;
    private static readonly Func<Who, bool> EditLessons = who => who is Who.ExecutiveIn or Who.ManagerIn;
    private static readonly Func<Who, bool> ReadCollaborations = who => who is Who.ExecutiveIn or Who.ExecutiveOut or Who.ManagerIn or Who.ManagerOut or Who.Politician or Who.ReadToken or Who.WriteToken or Who.WriteTokenOut;
    private static readonly Func<Who, bool> EditCollaborations = who => who is Who.ExecutiveIn or Who.ManagerIn;
    private static readonly Func<Who, bool> LeadAnywhere = who => who is Who.ExecutiveIn or Who.ExecutiveOut or Who.ManagerIn or Who.ManagerOut;
    private static readonly Func<Who, bool> ManageWebhooks = who => who is Who.Administrator or Who.WebhookToken;
    private static readonly Func<Who, bool> NominateFailure = who => who is Who.ExecutiveIn or Who.ExecutiveOut or Who.ManagerIn or Who.ManagerOut or Who.Politician;

    // The city's executives decide the failure of the year; the executives here hold administrations (LessonTests
    // checks an executive of the city).
    private static readonly Func<Who, bool> CityExecutive = _ => false;

    private TestTree tree = default!;
    private Guid targetUserId;
    private Guid targetTokenId;
    private Guid deletable;
    private Guid movable;
    private Guid closable;
    private Guid cityPicture;
    private Guid draftPicture;
    private Guid completedAnalysis;
    private Guid draftAnalysis;
    private Guid observation;
    private Guid goal;
    private Guid achievable;
    private Guid droppable;
    private Guid theme;
    private Guid template;
    private Guid scheduledCycle;
    private Guid openCycle;
    private Guid preparingDialogue;
    private Guid submittedDialogue;
    private Guid heldDialogue;
    private Guid agreement;
    private Guid summary;
    private Guid publicLesson;
    private Guid draftLesson;
    private Guid nomination;
    private Guid collaboration;
    private Guid webhook;
    private Guid deletableWebhook;
    private Guid webhookDelivery;
    private readonly Dictionary<Who, Func<HttpClient>> clients = [];

    private sealed record Case(Func<Who, bool> Allowed, Func<HttpRequestMessage> Request, bool Write = false, bool Page = false, bool TokensToo = true);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        tree = await TestTree.CreateAsync(c => SendAsync(c));
        var mission = await SendAsync(new GetMission.Query(tree.Unit.Id));
        await SendAsync(new SaveMissionDraft.Command(tree.Unit.Id, mission.Version, "Uppdrag", "Kort", [], null));
        await SendAsync(new PublishMission.Command(tree.Unit.Id, null));
        // One leaf per structural write, so one rule's successful write cannot change what the next rule meets.
        deletable = (await SendAsync(new CreateUnit.Command(Core.Domain.Organisation.UnitKind.Unit, "Raderbar", "DEL", tree.Unit.Id, null, null))).Id;
        movable = (await SendAsync(new CreateUnit.Command(Core.Domain.Organisation.UnitKind.Unit, "Flyttbar", "MOV", tree.Unit.Id, null, null))).Id;
        closable = (await SendAsync(new CreateUnit.Command(Core.Domain.Organisation.UnitKind.Unit, "Stängbar", "CLO", tree.Unit.Id, null, null))).Id;
        var city = await SendAsync(new CreateGoalPicture.Command(tree.City.Id, "Vision", "Berättelse", Themes()));
        await SendAsync(new AdoptGoalPicture.Command(city.Id, new DateOnly(2025, 11, 20), "KF 2025-11-20 § 1", null, null));
        await SendAsync(new PublishGoalPicture.Command(city.Id, null));
        (cityPicture, theme) = (city.Id, city.Themes[0].Id);
        draftPicture = (await SendAsync(new CreateGoalPicture.Command(tree.Administration.Id, "Förvaltningens vision", "Berättelse", Themes()))).Id;
        completedAnalysis = (await SendAsync(new CreateAnalysis.Command(tree.Unit.Id, 2025))).Id;
        await SendAsync(new UpdateAnalysis.Command(tree.Unit.Id, completedAnalysis, null, "Styrkor", "Utmaningar", null, null, null, [], "Jämlikhet", null));
        await SendAsync(new CompleteAnalysis.Command(tree.Unit.Id, completedAnalysis, null));
        draftAnalysis = (await SendAsync(new CreateAnalysis.Command(tree.Unit.Id, 2026))).Id;
        observation = (await SendAsync(new AddObservation.Command(tree.Unit.Id, draftAnalysis, "Trygghet", 80m, "%", "2025", "Egen mätning", null, null, null, null, null))).Id;
        goal = (await SendAsync(NewGoal("Mål"))).Id;
        achievable = (await SendAsync(NewGoal("Nås"))).Id;
        droppable = (await SendAsync(NewGoal("Släpps"))).Id;
        await DialoguesAsync();
        targetUserId = (await SendAsync(new CreateUser.Command("mal@test.example", "Mål", TestPassword))).User.Id;
        targetTokenId = (await SendAsync(new CreateToken.Command("Mål", ["read"], tree.City.Id, App.Clock.GetUtcNow().AddDays(30)))).Token.Id;

        clients[Who.Anonymous] = NewClient;
        await User(Who.Administrator, (Role.Administrator, null));
        await User(Who.ExecutiveIn, (Role.Executive, tree.Administration.Id));
        await User(Who.ExecutiveOut, (Role.Executive, tree.OtherAdministration.Id));
        await User(Who.ManagerIn, (Role.UnitManager, tree.Unit.Id));
        await User(Who.ManagerOut, (Role.UnitManager, tree.OtherUnit.Id));
        await User(Who.Politician, (Role.Politician, tree.City.Id));
        await Token(Who.ReadToken, ["read"], tree.Administration.Id);
        await Token(Who.WriteToken, ["read", "write"], tree.Administration.Id);
        await Token(Who.WriteTokenOut, ["read", "write"], tree.OtherAdministration.Id);
        await Token(Who.WebhookToken, ["webhooks"], tree.Administration.Id);
        await LessonsAsync();
        collaboration = (await SendAsync(new Core.Features.Collaborations.CreateCollaboration.Command(
            tree.Unit.Id, "Trygga skolvägar", "Syfte", [tree.Unit.Id, tree.OtherUnit.Id], [new("Cykelföreningen", Core.Domain.Collaborations.PartnerSector.CivilSociety)], [], App.Clock.Today(), null, null, null))).Id;
        await WebhooksAsync();
    }

    /// <summary>Two subscriptions for Ekskolan (one to delete), stored directly (the matrix has no receiver), and one delivery.</summary>
    private async Task WebhooksAsync()
    {
        var secrets = App.Services.GetRequiredService<Core.Features.Webhooks.WebhookSecrets>();
        Core.Domain.Webhooks.WebhookSubscription New(string name) => Core.Domain.Webhooks.WebhookSubscription.Create(
            Guid.CreateVersion7(), name, tree.Unit.Id, "https://hooks.example.org/gd", [Core.Domain.Webhooks.WebhookEventTypes.MissionPublished], true,
            "matrix-secret-matrix-secret", secrets.Protect("matrix-secret-matrix-secret"), App.Clock.GetUtcNow(), "test");
        var (kept, deleted) = (New("Kvar"), New("Raderbar"));
        (webhook, deletableWebhook) = (kept.Id, deleted.Id);
        var eventId = await DbAsync(async db =>
        {
            db.WebhookSubscriptions.AddRange(kept, deleted);
            await db.SaveChangesAsync(Cancel);
            return await db.WebhookEvents.Select(e => e.Id).FirstAsync(Cancel);
        });
        webhookDelivery = Guid.CreateVersion7();
        await DbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO webhook_deliveries (id, subscription_id, event_id, status, attempts, failures_in_round, created_at) VALUES ({webhookDelivery}, {webhook}, {eventId}, 'Failed', 10, 10, now())", Cancel));
    }

    private static object[] Trust() => [.. Enum.GetNames<Core.Domain.Collaborations.TrustAspect>().Select(a => (object)new { aspect = a, level = "Growing" })];

    /// <summary>A shared public failure of Ekskolan nominated by the politician, and a draft lesson to share.</summary>
    private async Task LessonsAsync()
    {
        publicLesson = (await SendAsync(new CreateLesson.Command(tree.Unit.Id, null, "Misslyckat", "Sammanhang", null, "Det gick fel", "Vi lärde oss", ["skola"], LessonVisibility.Public, true))).Id;
        await SendAsync(new ShareLesson.Command(publicLesson, null));
        draftLesson = (await SendAsync(new CreateLesson.Command(tree.Unit.Id, null, "Utkast", null, null, null, null, [], LessonVisibility.Organisation, false))).Id;
        using var politician = clients[Who.Politician]();
        using var response = await politician.PostAsJsonAsync($"/api/v1/awards/failure-of-the-year/{App.Clock.Today().Year}/nominations", new { lessonId = publicLesson, motivation = "Modigt" }, Cancel);
        response.EnsureSuccessStatusCode();
        nomination = (await response.Content.ReadFromJsonAsync<Core.Features.Awards.NominationDto>(Cancel))!.Id;
    }

    /// <summary>A scheduled cycle, and an open one in which Ekskolan's dialogue is held, Björkskolan's submitted and the fritids' being prepared.</summary>
    private async Task DialoguesAsync()
    {
        var today = App.Clock.Today();
        template = (await SendAsync(new CreateTemplate.Command("Extra", DefaultTemplate.Questions, false))).Id;
        var third = await SendAsync(new CreateUnit.Command(Core.Domain.Organisation.UnitKind.Unit, "Björkskolan", "BJS", tree.Administration.Id, null, new DateOnly(2020, 1, 1)));
        var open = await SendAsync(new CreateCycle.Command(tree.Administration.Id, "Vår", null, today.AddDays(-5), today.AddDays(5), today.AddDays(6), today.AddDays(20), today.AddDays(30)));
        openCycle = (await SendAsync(new OpenCycle.Command(open.Id, null))).Id;
        scheduledCycle = (await SendAsync(new CreateCycle.Command(tree.Administration.Id, "Höst", null, today.AddDays(100), today.AddDays(110), today.AddDays(111), today.AddDays(120), today.AddDays(130)))).Id;
        var dialogues = await DbAsync(db => db.Dialogues.Where(d => d.CycleId == openCycle).ToDictionaryAsync(d => d.UnitId, d => d.Id));
        (preparingDialogue, submittedDialogue, heldDialogue) = (dialogues[tree.SubUnit.Id], dialogues[third.Id], dialogues[tree.Unit.Id]);
        foreach (var id in new[] { submittedDialogue, heldDialogue })
        {
            var goals = await DbAsync(db => db.Dialogues.Where(d => d.Id == id).SelectMany(d => d.Goals.Select(g => g.GoalId)).ToListAsync());
            await SendAsync(new SaveDialogueNotes.Command(id, null, [], [.. goals.Select(g => new SaveDialogueNotes.GoalNote(g, Assessment.OnTrack, null))], []));
            await SendAsync(new SubmitDialogue.Command(id, null));
        }

        await SendAsync(new RecordDialogueHeld.Command(heldDialogue, null, today, ["Rektor"], "Svar", [new AgreementInput("Ledningen ordnar lokaler", AgreementSide.Leadership, "Förvaltningschefen", today.AddDays(60))]));
        agreement = await DbAsync(db => db.Agreements.Where(a => a.DialogueId == heldDialogue).Select(a => a.Id).SingleAsync());
        summary = (await SendAsync(new GenerateSummaries.Command(openCycle, null))).Single().Id;
        await SendAsync(new UpdateSummary.Command(summary, null, "Berättelsen", [], []));
        await SendAsync(new PublishSummary.Command(summary, null));
    }

    private static object[] Questions() => [new { key = "goals", kind = "GoalAssessments", text = "Hur går det?" }, new { key = "went-well", kind = "Text", text = "Vad gick bra?" }];

    private static List<ThemeInput> Themes() =>
        [new(null, "Trygg", "Trygg stad", null), new(null, "Livfull", "Livfull stad", null), new(null, "Hållbar", "Hållbar stad", null)];

    private AddGoal.Command NewGoal(string title) =>
        new(tree.Unit.Id, 2026, title, "Varför", null, [], [theme], "Rektor", "Så vet vi", null);

    private static object Kolada() => new
    {
        values = new[] { new { kpi = "N15033", municipality = "1280", period = 2025, values = new[] { new { gender = "T", value = 12.5 } } } },
        kpis = new[] { new { id = "N15033", title = "Nyckeltal" } },
    };

    private async Task User(Who who, params (Role, Guid?)[] roles)
    {
        var id = await CreateUserAsync(roles);
        clients[who] = () => ClientAs(id);
    }

    private async Task Token(Who who, string[] scopes, Guid unitId)
    {
        var secret = (await SendAsync(new CreateToken.Command(who.ToString(), scopes, unitId, App.Clock.GetUtcNow().AddDays(30)))).Secret;
        clients[who] = () => TokenClient(secret);
    }

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        return request;
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private Dictionary<string, Case> Rules()
    {
        var unit = tree.Unit.Id;
        return new Dictionary<string, Case>
        {
            ["ANY /health/live"] = new(Public, () => Get("/health/live")),
            ["ANY /health/ready"] = new(Public, () => Get("/health/ready")),

            ["GET /api/v1/units"] = new(Public, () => Get("/api/v1/units")),
            ["GET /api/v1/units/tree"] = new(Public, () => Get("/api/v1/units/tree")),
            ["GET /api/v1/units/{id:guid}"] = new(Public, () => Get($"/api/v1/units/{unit}")),
            ["GET /api/v1/units/{id:guid}/children"] = new(Public, () => Get($"/api/v1/units/{unit}/children")),
            ["GET /api/v1/units/{id:guid}/history"] = new(UnitHistory, () => Get($"/api/v1/units/{unit}/history")),
            ["POST /api/v1/units"] = new(ManageOrganisation, () => Send(HttpMethod.Post, "/api/v1/units", new { kind = "Unit", name = "Ny", shortCode = Unique(), parentId = unit }), Write: true),
            ["PUT /api/v1/units/{id:guid}"] = new(ManageOrganisation, () => Send(HttpMethod.Put, $"/api/v1/units/{unit}", new { name = "Ekskolan " + Unique(), shortCode = "EKS", validFrom = "2020-01-01" }), Write: true),
            ["DELETE /api/v1/units/{id:guid}"] = new(ManageOrganisation, () => Send(HttpMethod.Delete, $"/api/v1/units/{deletable}"), Write: true),
            ["POST /api/v1/units/{id:guid}/move"] = new(ManageOrganisation, () => Send(HttpMethod.Post, $"/api/v1/units/{movable}/move", new { parentId = unit }), Write: true),
            ["POST /api/v1/units/{id:guid}/close"] = new(ManageOrganisation, () => Send(HttpMethod.Post, $"/api/v1/units/{closable}/close", new { validTo = "2040-01-01" }), Write: true),

            ["GET /api/v1/units/{unitId:guid}/mission"] = new(Public, () => Get($"/api/v1/units/{unit}/mission")),
            ["PUT /api/v1/units/{unitId:guid}/mission"] = new(EditMission, () => Send(HttpMethod.Put, $"/api/v1/units/{unit}/mission", new { assignmentText = "Nytt " + Unique(), plainLanguageSummary = "Kort" }), Write: true),
            ["POST /api/v1/units/{unitId:guid}/mission/publish"] = new(EditMission, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/mission/publish"), Write: true),
            ["GET /api/v1/units/{unitId:guid}/mission/versions"] = new(Public, () => Get($"/api/v1/units/{unit}/mission/versions")),
            ["GET /api/v1/units/{unitId:guid}/mission/versions/{number:int}"] = new(Public, () => Get($"/api/v1/units/{unit}/mission/versions/1")),

            ["GET /api/v1/goal-pictures"] = new(Public, () => Get("/api/v1/goal-pictures")),
            ["POST /api/v1/goal-pictures"] = new(EditGoalPicture, () => Send(HttpMethod.Post, "/api/v1/goal-pictures", new { unitId = tree.Administration.Id, vision = "V", narrative = "N", themes = Themes() }), Write: true),
            ["GET /api/v1/goal-pictures/current"] = new(Public, () => Get("/api/v1/goal-pictures/current")),
            ["GET /api/v1/goal-pictures/{id:guid}"] = new(Public, () => Get($"/api/v1/goal-pictures/{cityPicture}")),
            ["GET /api/v1/goal-pictures/{id:guid}/versions"] = new(Public, () => Get($"/api/v1/goal-pictures/{cityPicture}/versions")),
            ["PUT /api/v1/goal-pictures/{id:guid}"] = new(EditGoalPicture, () => Send(HttpMethod.Put, $"/api/v1/goal-pictures/{draftPicture}", new { vision = "V " + Unique(), narrative = "N", themes = Themes() }), Write: true),
            ["POST /api/v1/goal-pictures/{id:guid}/adopt"] = new(EditGoalPicture, () => Send(HttpMethod.Post, $"/api/v1/goal-pictures/{draftPicture}/adopt", new { decisionDate = "2026-01-28", decisionReference = "Nämnden § 5" }), Write: true),
            ["POST /api/v1/goal-pictures/{id:guid}/publish"] = new(EditGoalPicture, () => Send(HttpMethod.Post, $"/api/v1/goal-pictures/{draftPicture}/publish"), Write: true),

            ["GET /api/v1/units/{unitId:guid}/analyses"] = new(ReadUnitWork, () => Get($"/api/v1/units/{unit}/analyses")),
            ["POST /api/v1/units/{unitId:guid}/analyses"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/analyses", new { period = 2030 }), Write: true),
            ["GET /api/v1/units/{unitId:guid}/analyses/{analysisId:guid}"] = new(ReadUnitWork, () => Get($"/api/v1/units/{unit}/analyses/{completedAnalysis}")),
            ["PUT /api/v1/units/{unitId:guid}/analyses/{analysisId:guid}"] = new(EditUnitWork, () => Send(HttpMethod.Put, $"/api/v1/units/{unit}/analyses/{draftAnalysis}", new { strengths = "S " + Unique() }), Write: true),
            ["GET /api/v1/units/{unitId:guid}/analyses/{analysisId:guid}/observations"] = new(ReadUnitWork, () => Get($"/api/v1/units/{unit}/analyses/{completedAnalysis}/observations")),
            ["POST /api/v1/units/{unitId:guid}/analyses/{analysisId:guid}/observations"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/analyses/{draftAnalysis}/observations", new { title = "Ny", value = 1.5, period = "2025", source = "Egen" }), Write: true),
            ["DELETE /api/v1/units/{unitId:guid}/analyses/{analysisId:guid}/observations/{observationId:guid}"] = new(EditUnitWork, () => Send(HttpMethod.Delete, $"/api/v1/units/{unit}/analyses/{draftAnalysis}/observations/{observation}"), Write: true),
            ["POST /api/v1/units/{unitId:guid}/analyses/{analysisId:guid}/import/kolada"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/analyses/{draftAnalysis}/import/kolada", Kolada()), Write: true),
            ["POST /api/v1/units/{unitId:guid}/analyses/{analysisId:guid}/complete"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/analyses/{draftAnalysis}/complete"), Write: true),

            ["GET /api/v1/units/{unitId:guid}/goals"] = new(ReadUnitWork, () => Get($"/api/v1/units/{unit}/goals")),
            ["POST /api/v1/units/{unitId:guid}/goals"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/goals", new { period = 2026, title = "Nytt", why = "V", themeIds = new[] { theme }, owner = "O", howWeWillKnow = "H" }), Write: true),
            ["GET /api/v1/units/{unitId:guid}/goals/{goalId:guid}"] = new(ReadUnitWork, () => Get($"/api/v1/units/{unit}/goals/{goal}")),
            ["PUT /api/v1/units/{unitId:guid}/goals/{goalId:guid}"] = new(EditUnitWork, () => Send(HttpMethod.Put, $"/api/v1/units/{unit}/goals/{goal}", new { period = 2026, title = "Mål " + Unique(), why = "V", themeIds = new[] { theme }, owner = "O", howWeWillKnow = "H" }), Write: true),
            ["POST /api/v1/units/{unitId:guid}/goals/{goalId:guid}/rank"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/goals/{goal}/rank", new { rank = 1 }), Write: true),
            ["POST /api/v1/units/{unitId:guid}/goals/{goalId:guid}/achieve"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/goals/{achievable}/achieve", new { reflection = "R" }), Write: true),
            ["POST /api/v1/units/{unitId:guid}/goals/{goalId:guid}/drop"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/goals/{droppable}/drop", new { reason = "Skäl" }), Write: true),
            ["GET /api/v1/units/{unitId:guid}/stopped"] = new(ReadUnitWork, () => Get($"/api/v1/units/{unit}/stopped")),
            ["POST /api/v1/units/{unitId:guid}/stopped"] = new(EditUnitWork, () => Send(HttpMethod.Post, $"/api/v1/units/{unit}/stopped", new { period = 2026, title = "T", reason = "R" }), Write: true),
            ["GET /api/v1/units/{unitId:guid}/goal-policy"] = new(Public, () => Get($"/api/v1/units/{tree.City.Id}/goal-policy")),
            ["PUT /api/v1/units/{unitId:guid}/goal-policy"] = new(ManageGoalPolicy, () => Send(HttpMethod.Put, $"/api/v1/units/{tree.City.Id}/goal-policy", new { cap = 6 }), Write: true),
            ["GET /api/v1/line-of-sight"] = new(ReadAdministrationGoals, () => Get($"/api/v1/line-of-sight?unitId={tree.Administration.Id}&period=2026")),
            ["GET /api/v1/search"] = new(Public, () => Get("/api/v1/search?q=trygg")),

            ["GET /api/v1/templates"] = new(AnyLeader, () => Get("/api/v1/templates")),
            ["POST /api/v1/templates"] = new(Administrator, () => Send(HttpMethod.Post, "/api/v1/templates", new { name = "Ny " + Unique(), questions = Questions() }), Write: true),
            ["GET /api/v1/templates/{id:guid}"] = new(AnyLeader, () => Get($"/api/v1/templates/{template}")),
            ["PUT /api/v1/templates/{id:guid}"] = new(Administrator, () => Send(HttpMethod.Put, $"/api/v1/templates/{template}", new { name = "Extra " + Unique(), questions = Questions() }), Write: true),
            ["GET /api/v1/templates/{id:guid}/versions/{number:int}"] = new(AnyLeader, () => Get($"/api/v1/templates/{template}/versions/1")),
            ["GET /api/v1/wheel"] = new(ReadWheel, () => Get($"/api/v1/wheel?unitId={tree.City.Id}")),
            ["PUT /api/v1/wheel"] = new(Administrator, () => Send(HttpMethod.Put, $"/api/v1/wheel?unitId={tree.City.Id}", new { entries = new[] { new { key = "var", name = "Vår", opensOn = "03-01", preparationDueOn = "03-31", dialoguesFrom = "04-01", dialoguesTo = "04-30", closesOn = "05-15" } } }), Write: true),
            ["GET /api/v1/cycles"] = new(SignedIn, () => Get("/api/v1/cycles")),
            ["POST /api/v1/cycles"] = new(ManageCycles, () => Send(HttpMethod.Post, "/api/v1/cycles", new { scopeUnitId = tree.Administration.Id, name = "Extra", opensOn = "2040-01-01", preparationDueOn = "2040-01-10", dialoguesFrom = "2040-01-11", dialoguesTo = "2040-01-20", closesOn = "2040-01-30" }), Write: true),
            ["GET /api/v1/cycles/{id:guid}"] = new(SignedIn, () => Get($"/api/v1/cycles/{openCycle}")),
            ["PUT /api/v1/cycles/{id:guid}"] = new(ManageCycles, () => Send(HttpMethod.Put, $"/api/v1/cycles/{scheduledCycle}", new { name = "Höst " + Unique(), opensOn = "2041-01-01", preparationDueOn = "2041-01-10", dialoguesFrom = "2041-01-11", dialoguesTo = "2041-01-20", closesOn = "2041-01-30" }), Write: true),
            ["POST /api/v1/cycles/{id:guid}/open"] = new(ManageCycles, () => Send(HttpMethod.Post, $"/api/v1/cycles/{scheduledCycle}/open"), Write: true),
            ["POST /api/v1/cycles/{id:guid}/close"] = new(ManageCycles, () => Send(HttpMethod.Post, $"/api/v1/cycles/{scheduledCycle}/close"), Write: true),
            ["GET /api/v1/cycles/{id:guid}/progress"] = new(CycleProgress, () => Get($"/api/v1/cycles/{openCycle}/progress")),
            ["GET /api/v1/cycles/{id:guid}/dialogues"] = new(CycleProgress, () => Get($"/api/v1/cycles/{openCycle}/dialogues")),
            ["GET /api/v1/cycles/{id:guid}/figures"] = new(CycleProgress, () => Get($"/api/v1/cycles/{openCycle}/figures")),
            ["GET /api/v1/dialogues/{id:guid}"] = new(ReadDialogue, () => Get($"/api/v1/dialogues/{heldDialogue}")),
            ["GET /api/v1/units/{unitId:guid}/dialogues"] = new(ReadDialogue, () => Get($"/api/v1/units/{unit}/dialogues")),
            ["PUT /api/v1/dialogues/{id:guid}/notes"] = new(PrepareDialogue, () => Send(HttpMethod.Put, $"/api/v1/dialogues/{preparingDialogue}/notes", new { answers = new[] { new { key = "went-well", text = "Bra " + Unique() } } }), Write: true),
            ["POST /api/v1/dialogues/{id:guid}/submit"] = new(PrepareDialogue, () => Send(HttpMethod.Post, $"/api/v1/dialogues/{preparingDialogue}/submit"), Write: true),
            ["POST /api/v1/dialogues/{id:guid}/held"] = new(LeadDialogue, () => Send(HttpMethod.Post, $"/api/v1/dialogues/{submittedDialogue}/held", new { heldOn = App.Clock.Today(), participants = new[] { "Rektor" }, leadershipResponse = "Svar" }), Write: true),
            ["POST /api/v1/dialogues/{id:guid}/close"] = new(LeadDialogue, () => Send(HttpMethod.Post, $"/api/v1/dialogues/{heldDialogue}/close"), Write: true),
            ["POST /api/v1/dialogues/{id:guid}/reopen"] = new(LeadDialogue, () => Send(HttpMethod.Post, $"/api/v1/dialogues/{heldDialogue}/reopen", new { reason = "Fel" }), Write: true),
            ["GET /api/v1/dialogues/{id:guid}/agreements"] = new(ReadAgreements, () => Get($"/api/v1/dialogues/{heldDialogue}/agreements")),
            ["POST /api/v1/dialogues/{id:guid}/agreements"] = new(LeadDialogue, () => Send(HttpMethod.Post, $"/api/v1/dialogues/{heldDialogue}/agreements", new { description = "Ny", side = "Unit", responsible = "Rektor", dueOn = App.Clock.Today().AddDays(30) }), Write: true),
            ["GET /api/v1/units/{unitId:guid}/agreements"] = new(ReadAgreements, () => Get($"/api/v1/units/{unit}/agreements")),
            ["GET /api/v1/agreements/{id:guid}"] = new(ReadAgreements, () => Get($"/api/v1/agreements/{agreement}")),
            ["PUT /api/v1/agreements/{id:guid}"] = new(EditUnitAgreements, () => Send(HttpMethod.Put, $"/api/v1/agreements/{agreement}", new { description = "Lokaler " + Unique(), responsible = "Chefen", dueOn = App.Clock.Today().AddDays(60) }), Write: true),
            ["POST /api/v1/agreements/{id:guid}/notes"] = new(EditUnitAgreements, () => Send(HttpMethod.Post, $"/api/v1/agreements/{agreement}/notes", new { text = "På gång" }), Write: true),
            ["POST /api/v1/agreements/{id:guid}/done"] = new(EditUnitAgreements, () => Send(HttpMethod.Post, $"/api/v1/agreements/{agreement}/done", new { note = "Klart" }), Write: true),
            ["POST /api/v1/agreements/{id:guid}/drop"] = new(EditUnitAgreements, () => Send(HttpMethod.Post, $"/api/v1/agreements/{agreement}/drop", new { reason = "Inte längre" }), Write: true),
            ["GET /api/v1/me/commitments"] = new(SignedIn, () => Get("/api/v1/me/commitments")),
            ["GET /api/v1/notifications"] = new(SignedIn, () => Get("/api/v1/notifications")),
            ["POST /api/v1/notifications/read"] = new(SignedIn, () => Send(HttpMethod.Post, "/api/v1/notifications/read"), Write: true),
            ["POST /api/v1/notifications/{id:guid}/read"] = new(SignedIn, () => Send(HttpMethod.Post, $"/api/v1/notifications/{Guid.NewGuid()}/read"), Write: true),

            ["GET /api/v1/cycles/{id:guid}/summaries"] = new(Public, () => Get($"/api/v1/cycles/{openCycle}/summaries")),
            ["POST /api/v1/cycles/{id:guid}/summaries"] = new(EditSummaries, () => Send(HttpMethod.Post, $"/api/v1/cycles/{openCycle}/summaries", new { }), Write: true),
            ["GET /api/v1/summaries/{id:guid}"] = new(Public, () => Get($"/api/v1/summaries/{summary}")),
            ["PUT /api/v1/summaries/{id:guid}"] = new(EditSummaries, () => Send(HttpMethod.Put, $"/api/v1/summaries/{summary}", new { narrative = "Ny berättelse " + Unique() }), Write: true),
            ["POST /api/v1/summaries/{id:guid}/regenerate"] = new(EditSummaries, () => Send(HttpMethod.Post, $"/api/v1/summaries/{summary}/regenerate"), Write: true),
            ["POST /api/v1/summaries/{id:guid}/publish"] = new(EditSummaries, () => Send(HttpMethod.Post, $"/api/v1/summaries/{summary}/publish"), Write: true),
            ["GET /api/v1/summaries/{id:guid}/versions"] = new(Public, () => Get($"/api/v1/summaries/{summary}/versions")),
            ["GET /api/v1/summaries/{id:guid}/versions/{number:int}"] = new(Public, () => Get($"/api/v1/summaries/{summary}/versions/1")),
            ["GET /api/v1/summaries/{id:guid}/quotable"] = new(EditSummaries, () => Get($"/api/v1/summaries/{summary}/quotable")),
            ["GET /api/v1/summaries/{id:guid}.pdf"] = new(Public, () => Get($"/api/v1/summaries/{summary}.pdf")),
            ["GET /api/v1/units/{id:guid}/cycles/{cycleId:guid}/record"] = new(ReadDialogue, () => Get($"/api/v1/units/{unit}/cycles/{openCycle}/record")),
            ["GET /api/v1/units/{id:guid}/cycles/{cycleId:guid}/record.pdf"] = new(ReadDialogue, () => Get($"/api/v1/units/{unit}/cycles/{openCycle}/record.pdf")),
            ["GET /api/v1/summaries/{id:guid}.csv"] = new(Public, () => Get($"/api/v1/summaries/{summary}.csv")),

            ["GET /api/v1/public/goal-picture"] = new(Public, () => Get("/api/v1/public/goal-picture")),
            ["GET /api/v1/public/goal-picture.csv"] = new(Public, () => Get("/api/v1/public/goal-picture.csv")),
            ["GET /api/v1/public/missions"] = new(Public, () => Get("/api/v1/public/missions")),
            ["GET /api/v1/public/missions.csv"] = new(Public, () => Get("/api/v1/public/missions.csv")),
            ["GET /api/v1/public/missions/{unitId:guid}"] = new(Public, () => Get($"/api/v1/public/missions/{unit}")),
            ["GET /api/v1/public/missions/{unitId:guid}.csv"] = new(Public, () => Get($"/api/v1/public/missions/{unit}.csv")),
            ["GET /api/v1/public/summaries"] = new(Public, () => Get("/api/v1/public/summaries")),
            ["GET /api/v1/public/summaries.csv"] = new(Public, () => Get("/api/v1/public/summaries.csv")),
            ["GET /api/v1/public/summaries/{id:guid}"] = new(Public, () => Get($"/api/v1/public/summaries/{summary}")),
            ["GET /api/v1/public/summaries/{id:guid}.csv"] = new(Public, () => Get($"/api/v1/public/summaries/{summary}.csv")),

            ["GET /api/v1/me"] = new(SignedIn, () => Get("/api/v1/me")),
            ["POST /api/v1/session"] = new(Public, () => Send(HttpMethod.Post, "/api/v1/session", new { email = "mal@test.example", password = TestPassword }), Write: true),
            ["DELETE /api/v1/session"] = new(Public, () => Send(HttpMethod.Delete, "/api/v1/session"), Write: true),
            ["GET /api/v1/users"] = new(Administrator, () => Get("/api/v1/users")),
            ["POST /api/v1/users"] = new(Administrator, () => Send(HttpMethod.Post, "/api/v1/users", new { email = $"{Unique()}@test.example", displayName = "Ny" }), Write: true),
            ["GET /api/v1/users/{id:guid}"] = new(Administrator, () => Get($"/api/v1/users/{targetUserId}")),
            ["PUT /api/v1/users/{id:guid}"] = new(Administrator, () => Send(HttpMethod.Put, $"/api/v1/users/{targetUserId}", new { displayName = "Mål " + Unique(), isActive = true }), Write: true),
            ["POST /api/v1/users/{id:guid}/invitation"] = new(Administrator, () => Send(HttpMethod.Post, $"/api/v1/users/{targetUserId}/invitation"), Write: true),
            ["POST /api/v1/users/{id:guid}/assignments"] = new(Administrator, () => Send(HttpMethod.Post, $"/api/v1/users/{targetUserId}/assignments", new { role = "Politician", unitId = tree.City.Id }), Write: true),
            ["DELETE /api/v1/users/{id:guid}/assignments"] = new(Administrator, () => Send(HttpMethod.Delete, $"/api/v1/users/{targetUserId}/assignments?role=Politician&unitId={tree.City.Id}"), Write: true),
            ["GET /api/v1/tokens"] = new(Administrator, () => Get("/api/v1/tokens")),
            ["POST /api/v1/tokens"] = new(Administrator, () => Send(HttpMethod.Post, "/api/v1/tokens", new { name = "Ny", scopes = new[] { "read" }, unitId = tree.City.Id, expiresAt = App.Clock.GetUtcNow().AddDays(5) }), Write: true),
            ["DELETE /api/v1/tokens/{id:guid}"] = new(Administrator, () => Send(HttpMethod.Delete, $"/api/v1/tokens/{targetTokenId}"), Write: true),
            ["GET /api/v1/audit"] = new(Administrator, () => Get("/api/v1/audit")),

            ["PAGE /"] = new(Public, () => Get("/"), Page: true),
            ["PAGE /Index"] = new(Public, () => Get("/Index"), Page: true),
            ["PAGE /units"] = new(Public, () => Get("/units"), Page: true),
            ["PAGE /units/{id:guid}"] = new(Public, () => Get($"/units/{unit}"), Page: true),
            ["PAGE /units/new"] = new(Administrator, () => Get("/units/new"), Page: true),
            ["PAGE /units/{id:guid}/edit"] = new(ManageOrganisation, () => Get($"/units/{unit}/edit"), Page: true),
            ["PAGE /units/{id:guid}/mission/edit"] = new(EditMission, () => Get($"/units/{unit}/mission/edit"), Page: true),
            ["PAGE /units/{id:guid}/mission/versions"] = new(Public, () => Get($"/units/{unit}/mission/versions"), Page: true),
            ["PAGE /units/{id:guid}/mission/versions/{number:int}"] = new(Public, () => Get($"/units/{unit}/mission/versions/1"), Page: true),
            ["PAGE /error/{code:int?}"] = new(Public, () => Get("/error/404"), Page: true),
            ["PAGE /language"] = new(Public, () => Get("/language"), Page: true),
            ["PAGE /problems/{slug?}"] = new(Public, () => Get("/problems"), Page: true),
            ["PAGE /account"] = new(SignedIn, () => Get("/account"), Page: true),
            ["PAGE /account/login"] = new(Public, () => Get("/account/login"), Page: true),
            ["PAGE /account/logout"] = new(Public, () => Get("/account/logout"), Page: true),
            ["PAGE /account/invitation"] = new(Public, () => Get("/account/invitation"), Page: true),
            ["PAGE /account/external-callback"] = new(Public, () => Get("/account/external-callback"), Page: true),
            ["PAGE /admin/users"] = new(Administrator, () => Get("/admin/users"), Page: true),
            ["PAGE /admin/users/{id:guid}"] = new(Administrator, () => Get($"/admin/users/{targetUserId}"), Page: true),
            ["PAGE /admin/tokens"] = new(Administrator, () => Get("/admin/tokens"), Page: true),
            ["PAGE /admin/audit"] = new(Administrator, () => Get("/admin/audit"), Page: true),
            ["PAGE /goal-pictures"] = new(Public, () => Get("/goal-pictures"), Page: true),
            ["PAGE /goal-pictures/{id:guid}"] = new(Public, () => Get($"/goal-pictures/{cityPicture}"), Page: true),
            ["PAGE /goal-pictures/new"] = new(EditGoalPicture, () => Get($"/goal-pictures/new?unitId={tree.Administration.Id}"), Page: true),
            ["PAGE /goal-pictures/{id:guid}/edit"] = new(EditGoalPicture, () => Get($"/goal-pictures/{draftPicture}/edit"), Page: true),
            ["PAGE /units/{id:guid}/analyses/{analysisId:guid}"] = new(ReadUnitWork, () => Get($"/units/{unit}/analyses/{completedAnalysis}"), Page: true),
            ["PAGE /units/{id:guid}/analyses/{analysisId:guid}/edit"] = new(EditUnitWork, () => Get($"/units/{unit}/analyses/{draftAnalysis}/edit"), Page: true),
            ["PAGE /units/{id:guid}/goals"] = new(ReadUnitWork, () => Get($"/units/{unit}/goals"), Page: true),
            ["PAGE /units/{id:guid}/goals/{goalId:guid}"] = new(ReadUnitWork, () => Get($"/units/{unit}/goals/{goal}"), Page: true),
            ["PAGE /line-of-sight"] = new(SignedIn, () => Get($"/line-of-sight?unit={tree.Administration.Id}"), Page: true),
            ["PAGE /search"] = new(Public, () => Get("/search?q=trygg"), Page: true),
            ["PAGE /cycles"] = new(SignedIn, () => Get("/cycles"), Page: true),
            ["PAGE /cycles/{id:guid}"] = new(SignedIn, () => Get($"/cycles/{openCycle}"), Page: true),
            ["PAGE /dialogues/{id:guid}"] = new(ReadDialogue, () => Get($"/dialogues/{heldDialogue}"), Page: true),
            ["GET /api/v1/lessons"] = new(Public, () => Get("/api/v1/lessons?q=misslyckat")),
            ["POST /api/v1/lessons"] = new(EditLessons, () => Send(HttpMethod.Post, "/api/v1/lessons", new { unitId = unit, title = "Ny " + Unique(), visibility = "Organisation", isFailure = true }), Write: true),
            ["GET /api/v1/lessons/{id:guid}"] = new(Public, () => Get($"/api/v1/lessons/{publicLesson}")),
            ["PUT /api/v1/lessons/{id:guid}"] = new(EditLessons, () => Send(HttpMethod.Put, $"/api/v1/lessons/{publicLesson}", new { title = "Misslyckat " + Unique(), visibility = "Public", isFailure = true }), Write: true),
            ["POST /api/v1/lessons/{id:guid}/share"] = new(EditLessons, () => Send(HttpMethod.Post, $"/api/v1/lessons/{draftLesson}/share"), Write: true),
            ["POST /api/v1/dialogues/{id:guid}/lesson"] = new(EditLessons, () => Send(HttpMethod.Post, $"/api/v1/dialogues/{heldDialogue}/lesson"), Write: true),
            ["GET /api/v1/awards/failure-of-the-year"] = new(Public, () => Get("/api/v1/awards/failure-of-the-year")),
            ["GET /api/v1/awards/failure-of-the-year/{year:int}"] = new(Public, () => Get($"/api/v1/awards/failure-of-the-year/{App.Clock.Today().Year}")),
            ["POST /api/v1/awards/failure-of-the-year/{year:int}/nominations"] = new(NominateFailure, () => Send(HttpMethod.Post, $"/api/v1/awards/failure-of-the-year/{App.Clock.Today().Year}/nominations", new { lessonId = publicLesson, motivation = "Lärorikt" }), Write: true),
            ["POST /api/v1/awards/failure-of-the-year/{year:int}/nominations/{id:guid}/shortlist"] = new(CityExecutive, () => Send(HttpMethod.Post, $"/api/v1/awards/failure-of-the-year/{App.Clock.Today().Year}/nominations/{nomination}/shortlist"), Write: true),
            ["POST /api/v1/awards/failure-of-the-year/{year:int}/winner"] = new(CityExecutive, () => Send(HttpMethod.Post, $"/api/v1/awards/failure-of-the-year/{App.Clock.Today().Year}/winner", new { nominationId = nomination }), Write: true),
            ["GET /api/v1/collaborations"] = new(ReadCollaborations, () => Get($"/api/v1/collaborations?unitId={unit}")),
            ["POST /api/v1/collaborations"] = new(EditCollaborations, () => Send(HttpMethod.Post, "/api/v1/collaborations", new { leadUnitId = unit, name = "Ny " + Unique(), purpose = "Syfte", unitIds = new[] { unit }, startedOn = App.Clock.Today() }), Write: true),
            ["GET /api/v1/collaborations/{id:guid}"] = new(ReadCollaborations, () => Get($"/api/v1/collaborations/{collaboration}")),
            ["PUT /api/v1/collaborations/{id:guid}"] = new(EditCollaborations, () => Send(HttpMethod.Put, $"/api/v1/collaborations/{collaboration}", new { name = "Trygga " + Unique(), purpose = "Syfte", unitIds = new[] { unit, tree.OtherUnit.Id }, startedOn = App.Clock.Today() }), Write: true),
            ["POST /api/v1/collaborations/{id:guid}/stage"] = new(EditCollaborations, () => Send(HttpMethod.Post, $"/api/v1/collaborations/{collaboration}/stage", new { stage = "MutualBenefit", reflection = "Nytta", trust = Trust() }), Write: true),
            ["GET /api/v1/collaborations/{id:guid}/agreements"] = new(ReadCollaborations, () => Get($"/api/v1/collaborations/{collaboration}/agreements")),
            ["POST /api/v1/collaborations/{id:guid}/agreements"] = new(EditCollaborations, () => Send(HttpMethod.Post, $"/api/v1/collaborations/{collaboration}/agreements", new { unitId = tree.OtherUnit.Id, description = "Dela data", side = "Unit", responsible = "Chefen", dueOn = App.Clock.Today().AddDays(30) }), Write: true),
            ["PAGE /collaborations"] = new(ReadCollaborations, () => Get("/collaborations"), Page: true),
            ["PAGE /collaborations/new"] = new(LeadAnywhere, () => Get("/collaborations/new"), Page: true),
            ["PAGE /collaborations/{id:guid}"] = new(ReadCollaborations, () => Get($"/collaborations/{collaboration}"), Page: true),
            ["PAGE /collaborations/{id:guid}/edit"] = new(EditCollaborations, () => Get($"/collaborations/{collaboration}/edit"), Page: true),
            ["PAGE /agreements/{id:guid}"] = new(ReadAgreements, () => Get($"/agreements/{agreement}"), Page: true),
            ["PAGE /commitments"] = new(SignedIn, () => Get("/commitments"), Page: true),
            ["PAGE /notifications"] = new(SignedIn, () => Get("/notifications"), Page: true),
            ["PAGE /admin/templates"] = new(Administrator, () => Get("/admin/templates"), Page: true),
            ["PAGE /admin/templates/{id:guid}"] = new(Administrator, () => Get($"/admin/templates/{template}"), Page: true),
            ["PAGE /admin/wheel"] = new(Administrator, () => Get($"/admin/wheel?unitId={tree.City.Id}"), Page: true),
            ["PAGE /summaries"] = new(Public, () => Get("/summaries"), Page: true),
            ["PAGE /summaries/{id:guid}"] = new(Public, () => Get($"/summaries/{summary}"), Page: true),
            ["PAGE /summaries/{id:guid}/edit"] = new(EditSummaries, () => Get($"/summaries/{summary}/edit"), Page: true),
            ["PAGE /lessons"] = new(Public, () => Get("/lessons?q=misslyckat"), Page: true),
            ["PAGE /lessons/{id:guid}"] = new(Public, () => Get($"/lessons/{publicLesson}"), Page: true),
            ["PAGE /lessons/new"] = new(EditLessons, () => Get($"/lessons/new?unitId={unit}"), Page: true),
            ["PAGE /lessons/{id:guid}/edit"] = new(EditLessons, () => Get($"/lessons/{publicLesson}/edit"), Page: true),
            ["PAGE /awards/failure-of-the-year/{year:int:range(2000,2100)?}"] = new(Public, () => Get($"/awards/failure-of-the-year/{App.Clock.Today().Year}"), Page: true),
            ["PAGE /awards/failure-of-the-year/{year:int:range(2000,2100)}/nominate"] = new(NominateFailure, () => Get($"/awards/failure-of-the-year/{App.Clock.Today().Year}/nominate"), Page: true),
            ["GET /api/v1/webhooks"] = new(ManageWebhooks, () => Get("/api/v1/webhooks")),
            ["POST /api/v1/webhooks"] = new(ManageWebhooks, () => Send(HttpMethod.Post, "/api/v1/webhooks", new { name = "Ny", unitId = unit, targetUrl = "https://hooks.example.org/ny", events = new[] { "lesson.shared" } }), Write: true),
            ["GET /api/v1/webhooks/{id:guid}"] = new(ManageWebhooks, () => Get($"/api/v1/webhooks/{webhook}")),
            ["PUT /api/v1/webhooks/{id:guid}"] = new(ManageWebhooks, () => Send(HttpMethod.Put, $"/api/v1/webhooks/{webhook}", new { name = "Ändrad " + Unique(), targetUrl = "https://hooks.example.org/gd", events = new[] { "lesson.shared" }, isActive = true }), Write: true),
            ["DELETE /api/v1/webhooks/{id:guid}"] = new(ManageWebhooks, () => Send(HttpMethod.Delete, $"/api/v1/webhooks/{deletableWebhook}"), Write: true),
            ["GET /api/v1/webhooks/{id:guid}/deliveries"] = new(ManageWebhooks, () => Get($"/api/v1/webhooks/{webhook}/deliveries")),
            ["POST /api/v1/webhooks/{id:guid}/deliveries/{deliveryId:guid}/redeliver"] = new(ManageWebhooks, () => Send(HttpMethod.Post, $"/api/v1/webhooks/{webhook}/deliveries/{webhookDelivery}/redeliver"), Write: true),
            ["PAGE /admin/webhooks"] = new(Administrator, () => Get("/admin/webhooks"), Page: true),
            ["PAGE /admin/webhooks/{id:guid}"] = new(Administrator, () => Get($"/admin/webhooks/{webhook}"), Page: true),
        };
    }

    [Fact]
    public void EveryEndpointAndPage_HasARule()
    {
        var discovered = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
                ? $"{string.Join(",", methods.HttpMethods)} /{e.RoutePattern.RawText!.TrimStart('/')}"
                : e.Metadata.Any(m => m is Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor or Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor)
                    ? $"PAGE /{e.RoutePattern.RawText!.TrimStart('/')}"
                    : $"ANY /{e.RoutePattern.RawText!.TrimStart('/')}")
            .ToHashSet();
        var rules = Rules();

        Assert.NotEmpty(discovered);
        Assert.Empty(discovered.Except(rules.Keys));
        Assert.Empty(rules.Keys.Except(discovered));
    }

    [Fact]
    public async Task EveryEndpointAndPage_AnswersEachPrincipalAsTheMatrixSays_AndRefusedWritesStoreNothing()
    {
        var failures = new List<string>();
        foreach (var (key, rule) in Rules())
        {
            // Principals that will be refused go first, so each refusal meets untouched data.
            foreach (var who in Enum.GetValues<Who>().OrderBy(w => rule.Allowed(w)))
            {
                var isToken = who is Who.ReadToken or Who.WriteToken or Who.WriteTokenOut or Who.WebhookToken;
                if (rule.Page && isToken)
                {
                    continue;
                }

                var before = rule.Write ? await CountsAsync() : default;
                using var client = clients[who]();
                using var response = await client.SendAsync(rule.Request(), Cancel);
                var status = (int)response.StatusCode;
                var allowed = rule.Allowed(who);

                if (allowed)
                {
                    var ok = rule.Write ? status is not (401 or 403) and < 500 : status == 200;
                    if (!ok)
                    {
                        failures.Add($"{key} as {who}: expected allowed, got {status}");
                    }
                }
                else
                {
                    var expected = who == Who.Anonymous
                        ? rule.Page ? [302] : new[] { 401 }
                        : [403];
                    if (!expected.Contains(status))
                    {
                        failures.Add($"{key} as {who}: expected {string.Join("/", expected)}, got {status}");
                    }
                    else if (rule.Page && who == Who.Anonymous && response.Headers.Location?.AbsolutePath != "/account/login")
                    {
                        failures.Add($"{key} as {who}: redirected to {response.Headers.Location} instead of the sign-in page");
                    }

                    if (rule.Write && await CountsAsync() != before)
                    {
                        failures.Add($"{key} as {who}: refused, but data changed");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private Task<(int Audit, int Units, int Missions, int Versions, int Users, int Assignments, int Tokens, int Goals, (int Templates, int Cycles, int Dialogues, int Agreements, int Notes, int Read), (int Webhooks, int PendingDeliveries))> CountsAsync() =>
        DbAsync(async db => (
            await db.AuditEntries.CountAsync(Cancel),
            await db.Units.CountAsync(Cancel),
            await db.Missions.CountAsync(m => m.HasUnpublishedChanges, Cancel),
            await db.MissionVersions.CountAsync(Cancel),
            await db.Users.CountAsync(Cancel),
            await db.RoleAssignments.CountAsync(Cancel),
            await db.ApiTokens.CountAsync(t => t.RevokedAt == null, Cancel),
            await db.Goals.CountAsync(g => g.Status == Core.Domain.Goals.GoalStatus.Active, Cancel),
            (await db.TemplateVersions.CountAsync(Cancel),
             await db.Cycles.CountAsync(c => c.Status != CycleStatus.Scheduled, Cancel),
             await db.Dialogues.CountAsync(d => d.Status != DialogueStatus.Preparing, Cancel),
             await db.Agreements.CountAsync(a => a.Status == AgreementStatus.Open, Cancel),
             await db.Agreements.SelectMany(a => a.Notes).CountAsync(Cancel),
             await db.Notifications.CountAsync(n => n.ReadAt != null, Cancel)),
            (await db.WebhookSubscriptions.CountAsync(Cancel), await db.WebhookDeliveries.CountAsync(d => d.Status == Core.Domain.Webhooks.WebhookDeliveryStatus.Pending, Cancel))));
}
