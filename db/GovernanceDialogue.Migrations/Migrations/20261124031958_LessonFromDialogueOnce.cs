using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class LessonFromDialogueOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_lessons_dialogue_id",
                table: "lessons");

            // Lessons made twice from one dialogue before this rule keep their texts; only the later ones lose the link.
            migrationBuilder.Sql("""
                UPDATE lessons SET dialogue_id = NULL
                WHERE dialogue_id IS NOT NULL
                  AND id NOT IN (SELECT DISTINCT ON (dialogue_id) id FROM lessons WHERE dialogue_id IS NOT NULL ORDER BY dialogue_id, created_at, id);
                """);

            migrationBuilder.CreateIndex(
                name: "ux_lessons_dialogue",
                table: "lessons",
                column: "dialogue_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_lessons_dialogue",
                table: "lessons");

            migrationBuilder.CreateIndex(
                name: "ix_lessons_dialogue_id",
                table: "lessons",
                column: "dialogue_id");
        }
    }
}
