using GovernanceDialogue.Core.Domain.GoalPictures;
using GovernanceDialogue.Core.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class GoalPictureConfiguration : IEntityTypeConfiguration<GoalPicture>
{
    public void Configure(EntityTypeBuilder<GoalPicture> builder)
    {
        builder.ToTable("goal_pictures");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Vision).HasMaxLength(GoalPicture.VisionMaxLength);
        builder.Property(g => g.Narrative).HasMaxLength(GoalPicture.NarrativeMaxLength);
        builder.Property(g => g.DecisionReference).HasMaxLength(GoalPicture.DecisionReferenceMaxLength);
        builder.Property(g => g.AdoptedBy).HasMaxLength(200);
        builder.Property(g => g.PublishedBy).HasMaxLength(200);
        builder.Property(g => g.Version).IsRowVersion();
        builder.Ignore(g => g.IsCurrent);
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(g => g.UnitId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(g => g.Themes, theme =>
        {
            theme.ToTable("goal_picture_themes");
            theme.WithOwner().HasForeignKey("GoalPictureId");
            theme.HasKey("GoalPictureId", nameof(Theme.Id));
            theme.Property(t => t.Id).ValueGeneratedNever();
            theme.Property(t => t.Name).HasMaxLength(Theme.NameMaxLength);
            theme.Property(t => t.Description).HasMaxLength(Theme.DescriptionMaxLength);
            theme.HasIndex(t => t.Id);
            theme.HasIndex(t => t.CityThemeId);
        });

        builder.HasIndex(g => new { g.UnitId, g.Number }).IsUnique().HasDatabaseName(ConstraintRules.GoalPictureNumber);
        // Exactly one current (adopted or published) goal picture, and at most one draft, per scope.
        builder.HasIndex(g => g.UnitId).IsUnique().HasFilter("status IN ('Adopted', 'Published')").HasDatabaseName(ConstraintRules.GoalPictureCurrent);
        builder.HasIndex(g => g.UnitId).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName(ConstraintRules.GoalPictureDraft);
    }
}
