using System.Net;
using GovernanceDialogue.Core.Common;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Features.Agreements;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Dialogues;
using GovernanceDialogue.Core.Features.Goals;
using GovernanceDialogue.Core.Features.Notifications;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>
/// A whole year of the wheel on a fake clock, driven by the recurring jobs exactly as Hangfire runs them, each run
/// twice: schedule → create cycles → open → remind → submit → overdue → meeting and agreements → close (figures) →
/// the next cycle opens with the open agreements carried over; e-mails leave once.
/// </summary>
public sealed class YearlyWheelTests : IntegrationTest
{
    private readonly string mailFolder = Directory.CreateTempSubdirectory("gd-mail-").FullName;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Email:Delivery"] = "PickupDirectory",
        ["Email:PickupDirectory"] = mailFolder,
        ["Email:BaseUrl"] = "https://styrning.testby.se",
    };

    private async Task<T> RunTwiceAsync<TJob, T>(Func<TJob, Task<T>> run, T second)
        where TJob : notnull
    {
        var job = App.Services.GetRequiredService<TJob>();
        var first = await run(job);
        Assert.Equal(second, await run(job));
        return first;
    }

    private void MoveTo(int year, int month, int day) =>
        App.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AWholeYear_RunsByItself_AndEveryJobRunTwiceChangesNothingTheSecondTime()
    {
        var year = App.Clock.GetUtcNow().Year + 1;
        MoveTo(year, 2, 20);
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        var managerId = await CreateUserAsync((Role.UnitManager, tree.Unit.Id));
        var executiveId = await CreateUserAsync((Role.Executive, tree.Administration.Id));
        using var manager = App.CreateClient();
        manager.DefaultRequestHeaders.Add(TestSupport.TestAuthenticationHandler.Header, managerId.ToString());
        using var executive = App.CreateClient();
        executive.DefaultRequestHeaders.Add(TestSupport.TestAuthenticationHandler.Header, executiveId.ToString());
        foreach (var title in new[] { "Fler elever når målen", "Tryggare raster" })
        {
            await SendAsync(new AddGoal.Command(tree.Unit.Id, year, title, "Analysen visar det", null, [], [], "Rektor", "Enkäten", null));
        }

        // The schedule: spring and autumn.
        await SendAsync(new SaveWheel.Command(tree.City.Id, null,
        [
            new("var", "Vår", new(3, 1), new(3, 31), new(4, 1), new(4, 30), new(5, 15), null),
            new("host", "Höst", new(9, 1), new(9, 30), new(10, 1), new(10, 31), new(11, 15), null),
        ]));

        // Cycles are created ahead of time: this year's and next year's, once.
        Assert.Equal(4, await RunTwiceAsync<MaterialiseCyclesJob, int>(j => j.SendAsync(Cancel), 0));
        var spring = await DbAsync(db => db.Cycles.SingleAsync(c => c.Year == year && c.WheelKey == "var"));
        Assert.Equal((CycleStatus.Scheduled, $"Vår {year}", new DateOnly(year, 3, 31)), (spring.Status, spring.Name, spring.PreparationDueOn));

        // 1 March: the spring cycle opens. A dialogue per unit, the unit's goals on it, its manager notified.
        MoveTo(year, 3, 1);
        Assert.Equal(1, await RunTwiceAsync<OpenDueCyclesJob, int>(j => j.SendAsync(Cancel), 0));
        var dialogues = await DbAsync(db => db.Dialogues.Where(d => d.CycleId == spring.Id).ToListAsync());
        Assert.Equal([tree.Unit.Id, tree.SubUnit.Id, tree.OtherUnit.Id], dialogues.Select(d => d.UnitId).OrderBy(Order(tree)));
        var ours = dialogues.Single(d => d.UnitId == tree.Unit.Id);
        Assert.Equal(["Fler elever når målen", "Tryggare raster"], ours.Goals.OrderBy(g => g.Rank).Select(g => g.Title));
        Assert.Equal([NotificationKind.DialogueOpened], await KindsForAsync(managerId));

        // A week before the deadline: only those who have not submitted are reminded, once.
        MoveTo(year, 3, 25);
        Assert.Equal(1, await RunTwiceAsync<SendPreparationRemindersJob, int>(j => j.SendAsync(Cancel), 0));
        Assert.Equal([NotificationKind.DialogueOpened, NotificationKind.PreparationReminder], await KindsForAsync(managerId));

        // The manager prepares and submits.
        var read = await manager.GetAsync($"/api/v1/dialogues/{ours.Id}", Cancel);
        var dto = await read.ReadAsync<DialogueDto>();
        var saved = await manager.PutJsonAsync($"/api/v1/dialogues/{ours.Id}/notes", new
        {
            answers = new[] { new { key = "went-well", text = "Rastvärdarna gör skillnad." } },
            goals = dto.Goals.Select(g => new { goalId = g.GoalId, assessment = "OnTrack", narrative = "Det går framåt." }),
        }, read.ETagOf());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostJsonAsync($"/api/v1/dialogues/{ours.Id}/submit", null)).StatusCode);

        // After the deadline: the others are overdue, and the executive above gets one digest.
        MoveTo(year, 4, 1);
        Assert.Equal(
            new MarkOverdueDialogues.Response(2, 1),
            await RunTwiceAsync<MarkOverdueDialoguesJob, MarkOverdueDialogues.Response>(j => j.SendAsync(Cancel), new(0, 0)));
        var digest = Assert.Single(await DbAsync(db => db.Notifications.Where(n => n.RecipientId == executiveId).ToListAsync()));
        Assert.Equal((NotificationKind.OverdueDigest, "1", "Ekskolans fritids"), (digest.Kind, digest.Data["count"], digest.Data["units"]));
        Assert.Null((await DbAsync(db => db.Dialogues.SingleAsync(d => d.Id == ours.Id))).OverdueSince);

        // The meeting: the executive records it with an agreement for each side, and closes the dialogue.
        MoveTo(year, 4, 8);
        var held = await executive.PostJsonAsync($"/api/v1/dialogues/{ours.Id}/held", new
        {
            heldOn = new DateOnly(year, 4, 7),
            participants = new[] { "Rektor", "Förvaltningschef" },
            leadershipResponse = "Bra arbete. Vi hjälper till med lokalerna.",
            agreements = new[]
            {
                new { description = "Skolan prövar rastaktiviteter", side = "Unit", responsible = "Rektor", dueOn = new DateOnly(year, 6, 1) },
                new { description = "Förvaltningen ordnar fler lokaler", side = "Leadership", responsible = "Förvaltningschef", dueOn = new DateOnly(year, 12, 1) },
            },
        });
        var agreements = (await held.ReadAsync<DialogueDto>()).Agreements;
        Assert.Equal(2, agreements.Count);
        Assert.Equal(HttpStatusCode.OK, (await executive.PostJsonAsync($"/api/v1/dialogues/{ours.Id}/close", null)).StatusCode);
        var commitments = await (await executive.GetAsync("/api/v1/me/commitments", Cancel)).ReadAsync<ListMyCommitments.Response>();
        Assert.Equal(["Förvaltningen ordnar fler lokaler"], commitments.AsLeadership.Select(a => a.Description));

        // 15 May: the cycle closes; the unfinished dialogues are flagged and the figures prepared.
        MoveTo(year, 5, 15);
        Assert.Equal(1, await RunTwiceAsync<CloseDueCyclesJob, int>(j => j.SendAsync(Cancel), 0));
        Assert.Equal(2, await DbAsync(db => db.Dialogues.CountAsync(d => d.CycleId == spring.Id && d.UnfinishedAtCycleClose)));
        var figures = await SendAsync(new GetCycleRollups.Query(spring.Id));
        var city = figures[0];
        Assert.Equal(tree.City.Id, city.UnitId);
        Assert.Equal((3, 1, 2, 2, 2, 1), (city.Facts.Dialogues, city.Facts.Closed, city.Facts.Preparing, city.Facts.Overdue, city.Facts.AgreementsMade, city.Facts.AgreementsMadeByLeadership));
        Assert.Equal(2, Assert.Single(city.Facts.Themes).OnTrack);
        Assert.Equal(new[] { tree.Administration.Id, tree.OtherAdministration.Id }.Order(), figures.Skip(1).Select(f => f.UnitId).Order());

        // The unit keeps its side of one agreement before autumn.
        await SendAsync(new CompleteAgreement.Command(agreements.Single(a => a.Side == AgreementSide.Unit).Id, null, "Klart i maj"));

        // 1 September: autumn opens; the open agreement follows the unit into its new dialogue.
        MoveTo(year, 9, 1);
        Assert.Equal(1, await RunTwiceAsync<OpenDueCyclesJob, int>(j => j.SendAsync(Cancel), 0));
        var autumn = await DbAsync(db => db.Dialogues.SingleAsync(d => d.UnitId == tree.Unit.Id && d.CycleId != spring.Id));
        Assert.Equal([agreements.Single(a => a.Side == AgreementSide.Leadership).Id], autumn.FollowUps.Select(f => f.AgreementId));

        // The e-mails: each notification once, in Swedish with English below and a link to the site.
        Assert.Equal(
            new DeliverNotificationEmails.Response(4, 0),
            await RunTwiceAsync<DeliverNotificationEmailsJob, DeliverNotificationEmails.Response>(j => j.SendAsync(Cancel), new(0, 0)));
        var mails = Directory.GetFiles(mailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f).TextBody ?? "").ToList();
        Assert.Equal(4, mails.Count);
        var invitation = Assert.Single(mails, m => m.Contains($"https://styrning.testby.se/dialogues/{ours.Id}", StringComparison.Ordinal) && m.Contains("har öppnat", StringComparison.Ordinal));
        Assert.Contains("The dialogue cycle", invitation, StringComparison.Ordinal);
    }

    private static Func<Guid, int> Order(TestTree tree) =>
        id => Array.IndexOf(new[] { tree.Unit.Id, tree.SubUnit.Id, tree.OtherUnit.Id, tree.Administration.Id, tree.OtherAdministration.Id }, id);

    private Task<List<NotificationKind>> KindsForAsync(Guid userId) =>
        DbAsync(db => db.Notifications.Where(n => n.RecipientId == userId).OrderBy(n => n.CreatedAt).Select(n => n.Kind).ToListAsync());

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.True(App.Clock.Today() < new DateOnly(App.Clock.GetUtcNow().Year + 1, 1, 1));
    }
}
