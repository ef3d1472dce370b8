using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public void Configure(EntityTypeBuilder<Collaboration> builder)
    {
        builder.ToTable("collaborations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Collaboration.NameMaxLength);
        builder.Property(c => c.Purpose).HasMaxLength(Collaboration.PurposeMaxLength);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Partners).HasJsonConversion();
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
        builder.Property(c => c.UpdatedBy).HasMaxLength(200);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(c => c.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.LeadUnitId);

        // Join rows with foreign keys, so a unit or goal in a collaboration cannot be deleted from under it.
        builder.OwnsMany(c => c.Units, unit =>
        {
            unit.ToTable("collaboration_units");
            unit.WithOwner().HasForeignKey("CollaborationId");
            unit.HasKey("CollaborationId", nameof(CollaborationUnit.UnitId));
            unit.Property(u => u.UnitId).ValueGeneratedNever();
            unit.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
            unit.HasIndex(u => u.UnitId);
        });

        builder.OwnsMany(c => c.Goals, goal =>
        {
            goal.ToTable("collaboration_goals");
            goal.WithOwner().HasForeignKey("CollaborationId");
            goal.HasKey("CollaborationId", nameof(CollaborationGoal.GoalId));
            goal.Property(g => g.GoalId).ValueGeneratedNever();
            goal.HasOne<PrioritisedGoal>().WithMany().HasForeignKey(g => g.GoalId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.OwnsMany(c => c.History, change =>
        {
            change.ToTable("collaboration_stage_changes");
            change.WithOwner().HasForeignKey("CollaborationId");
            change.HasKey(s => s.Id);
            change.Property(s => s.Id).ValueGeneratedNever();
            change.Property(s => s.From).HasConversion<string>().HasMaxLength(30);
            change.Property(s => s.To).HasConversion<string>().HasMaxLength(30);
            change.Property(s => s.Reflection).HasMaxLength(StageChange.ReflectionMaxLength);
            change.Property(s => s.Trust).HasJsonConversion();
            change.Property(s => s.By).HasMaxLength(200);
        });
    }
}
