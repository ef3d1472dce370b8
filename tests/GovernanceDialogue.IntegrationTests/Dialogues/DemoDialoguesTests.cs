using GovernanceDialogue.Core.Common.Paging;
using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Features.Audit;
using GovernanceDialogue.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GovernanceDialogue.IntegrationTests.Dialogues;

/// <summary>The demo city's dialogue cycles, as seeded (its demo users and notifications included).</summary>
public sealed class DemoDialoguesTests : IntegrationTest
{
    protected override bool SeedDemoCity => true;

    [Fact]
    public async Task TheDemoCity_LearnsAcrossSilos_ACollaborationOnStepTwoWithAnAgreement_AndPublicLessons()
    {
        var collaboration = await DbAsync(db => db.Collaborations.Include(c => c.Units).Include(c => c.History).SingleAsync());
        var lessons = await DbAsync(db => db.Lessons.ToListAsync());
        var agreements = await DbAsync(db => db.Agreements.CountAsync(a => a.CollaborationId == collaboration.Id));

        Assert.Equal((Core.Domain.Collaborations.LadderStage.MutualBenefit, 3, 2), (collaboration.Stage, collaboration.Units.Count, collaboration.History.Count));
        Assert.Equal(1, agreements);
        Assert.Equal(2, lessons.Count);
        Assert.All(lessons, l => Assert.Equal((Core.Domain.Lessons.LessonStatus.Shared, Core.Domain.Lessons.LessonVisibility.Public), (l.Status, l.Visibility)));
        Assert.Single(lessons, l => l.IsFailure);
        Assert.Single(lessons, l => l.CollaborationId == collaboration.Id);
    }

    [Fact]
    public async Task SeedingTheDemoCity_AttributesEveryChange_SoNoAuditEntryIsUnattributed()
    {
        var actions = await DbAsync(db => db.AuditEntries.Select(e => e.Action).Distinct().ToListAsync());

        Assert.NotEmpty(actions);
        Assert.DoesNotContain("Unattributed", actions);
        Assert.Contains("SeedDemoDialogues", actions);
        // Both cycles were seeded in part outside any command: each is filed under the seeding's action.
        var cycles = await DbAsync(db => db.Cycles.Select(c => c.Id.ToString()).ToListAsync());
        Assert.Equal(2, cycles.Count);
        var seeded = await DbAsync(db => db.AuditEntries.Where(e => e.Action == "SeedDemoDialogues").Select(e => e.EntityId).ToListAsync());
        Assert.All(cycles, id => Assert.Contains(id, seeded));

        using var admin = await ClientAsync((Role.Administrator, null));
        var page = await (await admin.GetAsync("/api/v1/audit?entityType=DialogueCycle&pageSize=200", Cancel)).ReadAsync<PagedList<AuditEntryDto>>();
        Assert.NotEmpty(page.Items);
        Assert.DoesNotContain(page.Items, e => e.Action == "Unattributed");
    }
}
