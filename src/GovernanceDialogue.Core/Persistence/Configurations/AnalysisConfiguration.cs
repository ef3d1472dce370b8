using GovernanceDialogue.Core.Domain.Analyses;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class AnalysisConfiguration : IEntityTypeConfiguration<CurrentStateAnalysis>
{
    public void Configure(EntityTypeBuilder<CurrentStateAnalysis> builder)
    {
        builder.ToTable("analyses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        foreach (var text in new[]
        {
            nameof(CurrentStateAnalysis.Strengths), nameof(CurrentStateAnalysis.Challenges), nameof(CurrentStateAnalysis.Risks),
            nameof(CurrentStateAnalysis.CitizenPerspective), nameof(CurrentStateAnalysis.EmployeePerspective),
            nameof(CurrentStateAnalysis.EqualityPerspective), nameof(CurrentStateAnalysis.CollaborationNeeds),
        })
        {
            builder.Property(text).HasMaxLength(CurrentStateAnalysis.TextMaxLength);
        }

        builder.PrimitiveCollection(a => a.EqualityGroups).ElementType(e => e.HasConversion<string>());
        builder.Property(a => a.UpdatedBy).HasMaxLength(200);
        builder.Property(a => a.CompletedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Observations).WithOne().HasForeignKey(o => o.AnalysisId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.UnitId, a.Period }).IsUnique().HasDatabaseName(ConstraintRules.AnalysisPeriod);

        builder.Property<NpgsqlTsVector>(SearchVector.Column)
            .HasComputedColumnSql(SearchVector.Sql("strengths", "challenges", "risks", "citizen_perspective", "employee_perspective", "equality_perspective", "collaboration_needs"), stored: true);
        builder.HasIndex(SearchVector.Column).HasMethod("gin");
    }
}

public sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("observations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Title).HasMaxLength(Observation.TitleMaxLength);
        builder.Property(o => o.UnitOfMeasure).HasMaxLength(Observation.UnitOfMeasureMaxLength);
        builder.Property(o => o.Period).HasMaxLength(Observation.PeriodMaxLength);
        builder.Property(o => o.Source).HasMaxLength(Observation.SourceMaxLength);
        builder.Property(o => o.KoladaKpiId).HasMaxLength(Observation.KoladaKpiIdMaxLength);
        builder.Property(o => o.ComparisonLabel).HasMaxLength(Observation.ComparisonLabelMaxLength);
        builder.Property(o => o.Value).HasPrecision(Observation.ValuePrecision, Observation.ValueScale);
        builder.Property(o => o.ValueWomen).HasPrecision(Observation.ValuePrecision, Observation.ValueScale);
        builder.Property(o => o.ValueMen).HasPrecision(Observation.ValuePrecision, Observation.ValueScale);
        builder.Property(o => o.ComparisonValue).HasPrecision(Observation.ValuePrecision, Observation.ValueScale);
        // A Kolada key figure is observed once per period in an analysis: imports replace, never duplicate.
        builder.HasIndex(o => new { o.AnalysisId, o.KoladaKpiId, o.Period }).IsUnique().HasFilter("kolada_kpi_id IS NOT NULL")
            .HasDatabaseName(ConstraintRules.ObservationKpiPeriod);
    }
}
