using GovernanceDialogue.Core.Domain.Missions;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> builder)
    {
        builder.ToTable("missions");
        builder.HasKey(m => m.UnitId);
        builder.Property(m => m.AssignmentText).HasMaxLength(Mission.AssignmentTextMaxLength);
        builder.Property(m => m.PlainLanguageSummary).HasMaxLength(Mission.PlainLanguageSummaryMaxLength);
        builder.Property(m => m.Basis).HasMaxLength(Mission.BasisMaxLength);
        builder.Property(m => m.DraftUpdatedBy).HasMaxLength(200);
        builder.Property(m => m.Version).IsRowVersion();

        builder.HasOne<OrganisationUnit>().WithOne().HasForeignKey<Mission>(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);

        builder.Property<NpgsqlTypes.NpgsqlTsVector>(SearchVector.Column).HasComputedColumnSql(SearchVector.Sql("assignment_text", "plain_language_summary", "basis"), stored: true);
        builder.HasIndex(SearchVector.Column).HasMethod("gin");
    }
}
