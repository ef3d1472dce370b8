using GovernanceDialogue.Core.Domain.Collaborations;
using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Goals;
using GovernanceDialogue.Core.Domain.Lessons;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("lessons");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Title).HasMaxLength(Lesson.TitleMaxLength);
        builder.Property(l => l.Context).HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.WhatWeTried).HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.WhatHappened).HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.WhatWeLearned).HasMaxLength(Lesson.TextMaxLength);
        builder.Property(l => l.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.CreatedBy).HasMaxLength(200);
        builder.Property(l => l.UpdatedBy).HasMaxLength(200);
        builder.Property(l => l.SharedBy).HasMaxLength(200);
        builder.Property(l => l.Version).IsRowVersion();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PrioritisedGoal>().WithMany().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(l => l.DialogueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Collaboration>().WithMany().HasForeignKey(l => l.CollaborationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.DialogueId).IsUnique().HasDatabaseName(ConstraintRules.LessonFromDialogueOnce);
        builder.HasIndex(l => new { l.UnitId, l.Status });
        builder.HasIndex(l => l.Tags).HasMethod("gin");

        builder.Property<NpgsqlTsVector>(SearchVector.Column)
            .HasComputedColumnSql(SearchVector.Sql("title", "context", "what_we_tried", "what_happened", "what_we_learned"), stored: true);
        builder.HasIndex(SearchVector.Column).HasMethod("gin");
    }
}

public sealed class FailureNominationConfiguration : IEntityTypeConfiguration<FailureNomination>
{
    public void Configure(EntityTypeBuilder<FailureNomination> builder)
    {
        builder.ToTable("failure_nominations");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.NominatedBy).HasMaxLength(200);
        builder.Property(n => n.ShortlistedBy).HasMaxLength(200);
        builder.Property(n => n.Motivation).HasMaxLength(FailureNomination.MotivationMaxLength);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(n => n.LessonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(n => n.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.LessonId, n.NominatorId, n.Year }).IsUnique().HasDatabaseName(ConstraintRules.NominationOnce);
        builder.HasIndex(n => new { n.CityId, n.Year });
    }
}

public sealed class FailureAwardConfiguration : IEntityTypeConfiguration<FailureAward>
{
    public void Configure(EntityTypeBuilder<FailureAward> builder)
    {
        builder.ToTable("failure_awards");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.DecidedBy).HasMaxLength(200);
        builder.HasOne<Lesson>().WithMany().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FailureNomination>().WithMany().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(a => a.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CityId, a.Year }).IsUnique().HasDatabaseName(ConstraintRules.AwardCityYear);
    }
}
