using System.Net;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Notifications;
using GovernanceDialogue.Core.Features.Cycles;
using GovernanceDialogue.Core.Features.Notifications;
using GovernanceDialogue.Core.Jobs;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>The in-app list, and the e-mail copies: sent once, retried with backoff when the mail server fails.</summary>
public sealed class NotificationTests : IntegrationTest
{
    private readonly FlakyEmailSender mail = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Email:Delivery"] = "Smtp", ["Email:Smtp:Host"] = "mail.invalid" };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<IEmailSender>();
        services.AddSingleton<IEmailSender>(mail);
    }

    private async Task<(TestTree Tree, Guid Manager)> OpenCycleWithAManagerAsync()
    {
        var tree = await TestTree.CreateAsync(c => SendAsync(c));
        var manager = await CreateUserAsync((Role.UnitManager, tree.Unit.Id));
        var today = Core.Common.CityClock.Today(App.Clock);
        var cycle = await SendAsync(new CreateCycle.Command(tree.Administration.Id, "Vår", null, today, today.AddDays(5), today.AddDays(6), today.AddDays(10), today.AddDays(20)));
        await SendAsync(new OpenCycle.Command(cycle.Id, null));
        return (tree, manager);
    }

    [Fact]
    public async Task TheList_ShowsMyNotificationsWithTheirTitle_AndReadingThemClearsTheCount()
    {
        var (tree, managerId) = await OpenCycleWithAManagerAsync();
        using var manager = App.CreateClient();
        manager.DefaultRequestHeaders.Add(TestSupport.TestAuthenticationHandler.Header, managerId.ToString());
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");

        var list = await (await manager.GetAsync("/api/v1/notifications", Cancel)).ReadAsync<ListNotifications.Response>();
        var notification = Assert.Single(list.Notifications.Items);
        Assert.Equal(1, list.Unread);
        Assert.Equal("Dags att förbereda dialogen: Ekskolan, Vår", notification.Title);
        Assert.StartsWith("/dialogues/", notification.Link, StringComparison.Ordinal);

        // Someone else's notification is not there for me.
        using var other = await ClientAsync((Role.UnitManager, tree.SubUnit.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostJsonAsync($"/api/v1/notifications/{notification.Id}/read", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostJsonAsync($"/api/v1/notifications/{notification.Id}/read", null)).StatusCode);
        var after = await (await manager.GetAsync("/api/v1/notifications?unreadOnly=true", Cancel)).ReadAsync<ListNotifications.Response>();
        Assert.Equal((0, 0), (after.Unread, after.Notifications.Items.Count));
        Assert.Equal(0, await SendAsync(new CountUnreadNotifications.Query()));
    }

    [Fact]
    public async Task TheOverdueDigest_GoesToEachExecutiveAbove_CountingEachDialogueOnce()
    {
        var (tree, _) = await OpenCycleWithAManagerAsync();
        var twice = await CreateUserAsync((Role.Executive, tree.City.Id), (Role.Executive, tree.Administration.Id));
        var chief = await CreateUserAsync((Role.Executive, tree.Administration.Id));
        var elsewhere = await CreateUserAsync((Role.Executive, tree.OtherAdministration.Id));
        var unitLead = await CreateUserAsync((Role.Executive, tree.Unit.Id));
        App.Clock.Advance(TimeSpan.FromDays(6));

        var result = await SendAsync(new Core.Features.Dialogues.MarkOverdueDialogues.Command());

        var digests = await DbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.OverdueDigest).ToDictionaryAsync(n => n.RecipientId, n => n.Data));
        Assert.Equal(2, result.MarkedOverdue);
        Assert.Equal(("2", "Ekskolan, Ekskolans fritids"), (digests[twice]["count"], digests[twice]["units"]));
        Assert.Equal(("2", "Ekskolan, Ekskolans fritids"), (digests[chief]["count"], digests[chief]["units"]));
        Assert.Equal(("1", "Ekskolans fritids"), (digests[unitLead]["count"], digests[unitLead]["units"]));
        Assert.False(digests.ContainsKey(elsewhere));
    }

    [Fact]
    public async Task AFailingMailServer_IsRetriedWithBackoff_AndEachMessageLeavesOnce()
    {
        var (_, managerId) = await OpenCycleWithAManagerAsync();
        var job = App.Services.GetRequiredService<DeliverNotificationEmailsJob>();
        mail.FailNext = 2;

        Assert.Equal(new DeliverNotificationEmails.Response(0, 1), await job.SendAsync(Cancel));
        var failed = await DbAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == managerId));
        Assert.Equal((EmailState.Pending, 1), (failed.EmailState, failed.EmailAttempts));
        Assert.Equal(new DeliverNotificationEmails.Response(0, 0), await job.SendAsync(Cancel));

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DeliverNotificationEmails.Response(0, 1), await job.SendAsync(Cancel));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DeliverNotificationEmails.Response(0, 0), await job.SendAsync(Cancel));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DeliverNotificationEmails.Response(1, 0), await job.SendAsync(Cancel));
        Assert.Equal(new DeliverNotificationEmails.Response(0, 0), await job.SendAsync(Cancel));

        var sent = Assert.Single(mail.Sent);
        Assert.Contains("Dags att förbereda dialogen", sent.Subject, StringComparison.Ordinal);
        Assert.Equal(EmailState.Sent, (await DbAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == managerId))).EmailState);
    }

    [Fact]
    public async Task AMessageThatKeepsFailing_IsGivenUp_AfterTheLastAttempt()
    {
        var (_, managerId) = await OpenCycleWithAManagerAsync();
        var job = App.Services.GetRequiredService<DeliverNotificationEmailsJob>();
        mail.FailNext = int.MaxValue;

        for (var attempt = 0; attempt < Notification.MaxEmailAttempts; attempt++)
        {
            await job.SendAsync(Cancel);
            App.Clock.Advance(TimeSpan.FromHours(2));
        }

        var notification = await DbAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == managerId));
        Assert.Equal((EmailState.Failed, Notification.MaxEmailAttempts), (notification.EmailState, notification.EmailAttempts));
        Assert.Contains("mail server down", notification.EmailError, StringComparison.Ordinal);
        Assert.Equal(new DeliverNotificationEmails.Response(0, 0), await job.SendAsync(Cancel));
    }

    private sealed class FlakyEmailSender : IEmailSender
    {
        public int FailNext { get; set; }

        public List<EmailMessage> Sent { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (FailNext > 0)
            {
                FailNext--;
                throw new System.Net.Mail.SmtpException("mail server down");
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
