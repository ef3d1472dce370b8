using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Summaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "summaries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facts = table.Column<string>(type: "jsonb", nullable: false),
                    generated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    narrative = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    highlights = table.Column<string>(type: "jsonb", nullable: false),
                    quotes = table.Column<string>(type: "jsonb", nullable: false),
                    edited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    edited_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    latest_version = table.Column<int>(type: "integer", nullable: false),
                    changed_since_published = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summaries", x => x.id);
                    table.ForeignKey(
                        name: "fk_summaries_dialogue_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "dialogue_cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_summaries_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "summary_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    summary_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    facts = table.Column<string>(type: "jsonb", nullable: false),
                    narrative = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    highlights = table.Column<string>(type: "jsonb", nullable: false),
                    quotes = table.Column<string>(type: "jsonb", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_summary_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_summary_versions_summaries_summary_id",
                        column: x => x.summary_id,
                        principalTable: "summaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_summaries_unit_id",
                table: "summaries",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_summaries_cycle_unit",
                table: "summaries",
                columns: new[] { "cycle_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_summary_versions_published_at",
                table: "summary_versions",
                column: "published_at");

            migrationBuilder.CreateIndex(
                name: "ux_summary_versions_summary_number",
                table: "summary_versions",
                columns: new[] { "summary_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "summary_versions");

            migrationBuilder.DropTable(
                name: "summaries");
        }
    }
}
