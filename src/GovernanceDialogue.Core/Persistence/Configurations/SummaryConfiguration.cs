using GovernanceDialogue.Core.Domain.Dialogues;
using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Domain.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class SummaryConfiguration : IEntityTypeConfiguration<Summary>
{
    public void Configure(EntityTypeBuilder<Summary> builder)
    {
        builder.ToTable("summaries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Facts).HasJsonConversion();
        builder.Property(s => s.Narrative).HasMaxLength(Summary.NarrativeMaxLength);
        builder.Property(s => s.Highlights).HasJsonConversion();
        builder.Property(s => s.Quotes).HasJsonConversion();
        builder.Property(s => s.EditedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<DialogueCycle>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CycleId, s.UnitId }).IsUnique().HasDatabaseName(ConstraintRules.SummaryCycleUnit);
    }
}

public sealed class SummaryVersionConfiguration : IEntityTypeConfiguration<SummaryVersion>
{
    public void Configure(EntityTypeBuilder<SummaryVersion> builder)
    {
        builder.ToTable("summary_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Facts).HasJsonConversion();
        builder.Property(v => v.Narrative).HasMaxLength(Summary.NarrativeMaxLength);
        builder.Property(v => v.Highlights).HasJsonConversion();
        builder.Property(v => v.Quotes).HasJsonConversion();
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.HasOne<Summary>().WithMany().HasForeignKey(v => v.SummaryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.SummaryId, v.Number }).IsUnique().HasDatabaseName(ConstraintRules.SummaryVersionNumber);
        builder.HasIndex(v => v.PublishedAt);
    }
}
