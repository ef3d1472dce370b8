using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class DialogueTemplateConfiguration : IEntityTypeConfiguration<DialogueTemplate>
{
    public void Configure(EntityTypeBuilder<DialogueTemplate> builder)
    {
        builder.ToTable("dialogue_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(DialogueTemplate.NameMaxLength);
        builder.Property(t => t.Version).IsRowVersion();
        builder.HasIndex(t => t.IsDefault).IsUnique().HasFilter("is_default").HasDatabaseName(ConstraintRules.TemplateOneDefault);
    }
}

public sealed class TemplateVersionConfiguration : IEntityTypeConfiguration<TemplateVersion>
{
    public void Configure(EntityTypeBuilder<TemplateVersion> builder)
    {
        builder.ToTable("dialogue_template_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Questions).HasJsonConversion();
        builder.Property(v => v.CreatedBy).HasMaxLength(200);
        builder.HasOne<DialogueTemplate>().WithMany().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique().HasDatabaseName(ConstraintRules.TemplateVersionNumber);
    }
}

public sealed class WheelScheduleConfiguration : IEntityTypeConfiguration<WheelSchedule>
{
    public void Configure(EntityTypeBuilder<WheelSchedule> builder)
    {
        builder.ToTable("wheel_schedules");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Entries).HasJsonConversion();
        builder.Property(w => w.UpdatedBy).HasMaxLength(200);
        builder.Property(w => w.Version).IsRowVersion();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(w => w.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.ScopeUnitId).IsUnique().HasDatabaseName(ConstraintRules.WheelScope);
    }
}

public sealed class DialogueCycleConfiguration : IEntityTypeConfiguration<DialogueCycle>
{
    public void Configure(EntityTypeBuilder<DialogueCycle> builder)
    {
        builder.ToTable("dialogue_cycles");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(DialogueCycle.NameMaxLength);
        builder.Property(c => c.WheelKey).HasMaxLength(WheelEntry.KeyMaxLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.Property(c => c.OpenedBy).HasMaxLength(200);
        builder.Property(c => c.ClosedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.Dates);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DialogueTemplate>().WithMany().HasForeignKey(c => c.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TemplateVersion>().WithMany().HasForeignKey(c => c.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ScopeUnitId, c.Year, c.WheelKey }).IsUnique().HasFilter("wheel_key IS NOT NULL")
            .HasDatabaseName(ConstraintRules.CycleWheelKey);
        builder.HasIndex(c => new { c.Status, c.OpensOn });
    }
}

public sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> builder)
    {
        builder.ToTable("dialogues");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Answers).HasJsonConversion();
        builder.Property(d => d.LeadershipResponse).HasMaxLength(Dialogue.ResponseMaxLength);
        builder.Property(d => d.LastReopenReason).HasMaxLength(Dialogue.ReasonMaxLength);
        builder.Property(d => d.NotesUpdatedBy).HasMaxLength(200);
        builder.Property(d => d.SubmittedBy).HasMaxLength(200);
        builder.Property(d => d.HeldBy).HasMaxLength(200);
        builder.Property(d => d.ClosedBy).HasMaxLength(200);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Ignore(d => d.UnassessedGoals);
        builder.HasOne<DialogueCycle>().WithMany().HasForeignKey(d => d.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TemplateVersion>().WithMany().HasForeignKey(d => d.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.CycleId, d.UnitId }).IsUnique().HasDatabaseName(ConstraintRules.DialogueCycleUnit);
        builder.HasIndex(d => new { d.UnitId, d.CreatedAt });

        builder.OwnsMany(d => d.Goals, goal =>
        {
            goal.ToTable("dialogue_goals");
            goal.WithOwner().HasForeignKey("DialogueId");
            goal.HasKey("DialogueId", nameof(DialogueGoal.GoalId));
            goal.Property(g => g.GoalId).ValueGeneratedNever();
            goal.Property(g => g.Title).HasMaxLength(Domain.Goals.PrioritisedGoal.TitleMaxLength);
            goal.Property(g => g.Assessment).HasConversion<string>().HasMaxLength(20);
            goal.Property(g => g.Narrative).HasMaxLength(DialogueGoal.NarrativeMaxLength);
            goal.HasOne<Domain.Goals.PrioritisedGoal>().WithMany().HasForeignKey(g => g.GoalId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(d => d.FollowUps, followUp =>
        {
            followUp.ToTable("dialogue_follow_ups");
            followUp.WithOwner().HasForeignKey("DialogueId");
            followUp.HasKey("DialogueId", nameof(DialogueFollowUp.AgreementId));
            followUp.Property(f => f.AgreementId).ValueGeneratedNever();
            followUp.Property(f => f.Note).HasMaxLength(DialogueFollowUp.NoteMaxLength);
            followUp.HasOne<Agreement>().WithMany().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        // Made in a dialogue (with its cycle) or in a collaboration, never both, never neither.
        builder.ToTable("agreements", t => t.HasCheckConstraint(
            "ck_agreements_one_origin",
            "(dialogue_id IS NOT NULL AND cycle_id IS NOT NULL AND collaboration_id IS NULL) OR (dialogue_id IS NULL AND cycle_id IS NULL AND collaboration_id IS NOT NULL)"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Description).HasMaxLength(Agreement.DescriptionMaxLength);
        builder.Property(a => a.Side).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Responsible).HasMaxLength(Agreement.ResponsibleMaxLength);
        builder.Property(a => a.DropReason).HasMaxLength(Agreement.ReasonMaxLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(200);
        builder.Property(a => a.ClosedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(a => a.DialogueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DialogueCycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.Status });
        builder.HasIndex(a => a.DialogueId);
        builder.HasOne<Domain.Collaborations.Collaboration>().WithMany().HasForeignKey(a => a.CollaborationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CollaborationId);

        builder.OwnsMany(a => a.Notes, note =>
        {
            note.ToTable("agreement_notes");
            note.WithOwner().HasForeignKey("AgreementId");
            note.HasKey(n => n.Id);
            note.Property(n => n.Id).ValueGeneratedNever();
            note.Property(n => n.Text).HasMaxLength(AgreementNote.TextMaxLength);
            note.Property(n => n.By).HasMaxLength(200);
        });
    }
}

public sealed class CycleRollupConfiguration : IEntityTypeConfiguration<CycleRollup>
{
    public void Configure(EntityTypeBuilder<CycleRollup> builder)
    {
        builder.ToTable("cycle_rollups");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Facts).HasJsonConversion();
        builder.HasOne<DialogueCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CycleId, r.UnitId }).IsUnique().HasDatabaseName(ConstraintRules.CycleRollupUnit);
    }
}
