using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class LessonCollaboration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "collaboration_id",
                table: "lessons",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_lessons_collaboration_id",
                table: "lessons",
                column: "collaboration_id");

            migrationBuilder.AddForeignKey(
                name: "fk_lessons_collaborations_collaboration_id",
                table: "lessons",
                column: "collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_lessons_collaborations_collaboration_id",
                table: "lessons");

            migrationBuilder.DropIndex(
                name: "ix_lessons_collaboration_id",
                table: "lessons");

            migrationBuilder.DropColumn(
                name: "collaboration_id",
                table: "lessons");
        }
    }
}
