using GovernanceDialogue.Core.Domain.Identity;
using GovernanceDialogue.Core.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Data).HasJsonConversion();
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.EmailState).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.EmailError).HasMaxLength(500);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        // The idempotency key: one notification per recipient, kind and subject, however often a job runs.
        builder.HasIndex(n => new { n.RecipientId, n.Kind, n.SubjectId }).IsUnique().HasDatabaseName(ConstraintRules.NotificationOnce);
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        builder.HasIndex(n => n.EmailNextAttemptAt).HasFilter("email_state = 'Pending'");
    }
}
