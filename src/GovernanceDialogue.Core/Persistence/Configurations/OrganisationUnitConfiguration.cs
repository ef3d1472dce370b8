using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class OrganisationUnitConfiguration : IEntityTypeConfiguration<OrganisationUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationUnit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Name).HasMaxLength(OrganisationUnit.NameMaxLength);
        builder.Property(u => u.ShortCode).HasMaxLength(OrganisationUnit.ShortCodeMaxLength);
        builder.Property(u => u.ExternalId).HasMaxLength(OrganisationUnit.ExternalIdMaxLength);
        builder.Property(u => u.Path).HasMaxLength(2000);
        builder.Property(u => u.Version).IsRowVersion();

        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(u => u.ShortCode).IsUnique().HasDatabaseName(ConstraintRules.UnitShortCode);
        builder.HasIndex(u => u.ExternalId).IsUnique().HasDatabaseName(ConstraintRules.UnitExternalId);
        builder.HasIndex(u => u.Path).HasOperators("text_pattern_ops");
        builder.HasIndex(u => u.Name);
    }
}
