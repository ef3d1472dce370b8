using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class MissionVersionConfiguration : IEntityTypeConfiguration<MissionVersion>
{
    public void Configure(EntityTypeBuilder<MissionVersion> builder)
    {
        builder.ToTable("mission_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.AssignmentText).HasMaxLength(Mission.AssignmentTextMaxLength);
        builder.Property(v => v.PlainLanguageSummary).HasMaxLength(Mission.PlainLanguageSummaryMaxLength);
        builder.Property(v => v.Basis).HasMaxLength(Mission.BasisMaxLength);
        builder.Property(v => v.PublishedBy).HasMaxLength(200);

        // History is never deleted with its unit: a unit with published versions is closed instead.
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.UnitId, v.Number }).IsUnique().HasDatabaseName(ConstraintRules.MissionVersionNumber);

        builder.Property<NpgsqlTypes.NpgsqlTsVector>(SearchVector.Column).HasComputedColumnSql(SearchVector.Sql("assignment_text", "plain_language_summary", "basis"), stored: true);
        builder.HasIndex(SearchVector.Column).HasMethod("gin");
    }
}
