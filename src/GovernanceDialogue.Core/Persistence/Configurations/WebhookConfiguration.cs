using GovernanceDialogue.Core.Domain.Organisation;
using GovernanceDialogue.Core.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovernanceDialogue.Core.Persistence.Configurations;

public sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(WebhookSubscription.NameMaxLength);
        builder.Property(s => s.TargetUrl).HasMaxLength(WebhookSubscription.UrlMaxLength);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(2000);
        builder.Property(s => s.SecretHint).HasMaxLength(20);
        builder.Property(s => s.CreatedBy).HasMaxLength(200);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.UnitId);
    }
}

public sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.ToTable("webhook_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(50);
        // Text, not jsonb: the stored bytes are the signed bytes.
        builder.Property(e => e.Body).HasColumnType("text");
        builder.HasOne<OrganisationUnit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        // The dispatcher's queue: the events not dispatched yet.
        builder.HasIndex(e => e.OccurredAt, "ix_webhook_events_undispatched").HasFilter("dispatched_at IS NULL").HasDatabaseName("ix_webhook_events_undispatched");
        // The retention job's candidates: the dispatched events, oldest first.
        builder.HasIndex(e => e.OccurredAt, "ix_webhook_events_dispatched").HasFilter("dispatched_at IS NOT NULL").HasDatabaseName("ix_webhook_events_dispatched");
    }
}

public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        builder.Property(d => d.Version).IsRowVersion();
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WebhookEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique().HasDatabaseName(ConstraintRules.WebhookDeliveryOnce);
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_webhook_deliveries_due");
        // The retention job's candidates: the settled deliveries by their last attempt.
        builder.HasIndex(d => d.LastAttemptAt).HasFilter("status <> 'Pending'").HasDatabaseName("ix_webhook_deliveries_settled");
    }
}
