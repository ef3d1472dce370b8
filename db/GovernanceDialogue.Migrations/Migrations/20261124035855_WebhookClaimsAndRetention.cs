using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class WebhookClaimsAndRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                table: "webhook_deliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_events_dispatched",
                table: "webhook_events",
                column: "occurred_at",
                filter: "dispatched_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_settled",
                table: "webhook_deliveries",
                column: "last_attempt_at",
                filter: "status <> 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_webhook_events_dispatched",
                table: "webhook_events");

            migrationBuilder.DropIndex(
                name: "ix_webhook_deliveries_settled",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "locked_until",
                table: "webhook_deliveries");
        }
    }
}
