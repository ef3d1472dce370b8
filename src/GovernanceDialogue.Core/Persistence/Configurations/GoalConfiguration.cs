using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class GoalSetConfiguration : IEntityTypeConfiguration<GoalSet>
{
    public void Configure(EntityTypeBuilder<GoalSet> builder)
    {
        builder.ToTable("goal_sets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.Active);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Goals).WithOne().HasForeignKey(g => g.GoalSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.UnitId, s.Period }).IsUnique().HasDatabaseName(ConstraintRules.GoalSetPeriod);
    }
}

public sealed class PrioritisedGoalConfiguration : IEntityTypeConfiguration<PrioritisedGoal>
{
    public void Configure(EntityTypeBuilder<PrioritisedGoal> builder)
    {
        builder.ToTable("goals");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Title).HasMaxLength(PrioritisedGoal.TitleMaxLength);
        builder.Property(g => g.Why).HasMaxLength(PrioritisedGoal.TextMaxLength);
        builder.Property(g => g.Owner).HasMaxLength(PrioritisedGoal.OwnerMaxLength);
        builder.Property(g => g.HowWeWillKnow).HasMaxLength(PrioritisedGoal.TextMaxLength);
        builder.Property(g => g.Reflection).HasMaxLength(PrioritisedGoal.TextMaxLength);
        builder.Property(g => g.ClosedBy).HasMaxLength(200);
        builder.Property(g => g.Version).IsRowVersion();
        builder.HasIndex(g => new { g.UnitId, g.Period });
        builder.HasIndex(g => g.ThemeIds).HasMethod("gin");

        builder.Property<NpgsqlTsVector>(SearchVector.Column)
            .HasComputedColumnSql(SearchVector.Sql("title", "why", "how_we_will_know", "owner"), stored: true);
        builder.HasIndex(SearchVector.Column).HasMethod("gin");
    }
}

public sealed class StopLogEntryConfiguration : IEntityTypeConfiguration<StopLogEntry>
{
    public void Configure(EntityTypeBuilder<StopLogEntry> builder)
    {
        builder.ToTable("stop_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(StopLogEntry.TitleMaxLength);
        builder.Property(e => e.Reason).HasMaxLength(StopLogEntry.ReasonMaxLength);
        builder.Property(e => e.By).HasMaxLength(200);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.UnitId, e.Period });
    }
}

public sealed class GoalPolicyConfiguration : IEntityTypeConfiguration<GoalPolicy>
{
    public void Configure(EntityTypeBuilder<GoalPolicy> builder)
    {
        builder.ToTable("goal_policies");
        builder.HasKey(p => p.CityId);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<OrganisationUnit>().WithOne().HasForeignKey<GoalPolicy>(p => p.CityId).OnDelete(DeleteBehavior.Restrict);
    }
}
