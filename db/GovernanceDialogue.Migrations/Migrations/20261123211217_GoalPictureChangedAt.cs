using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class GoalPictureChangedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "changed_at",
                table: "goal_pictures",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Existing versions were last written when they were created (or adopted, which freezes the content).
            migrationBuilder.Sql("UPDATE goal_pictures SET changed_at = created_at;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "changed_at",
                table: "goal_pictures");
        }
    }
}
