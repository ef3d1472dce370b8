using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    short_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    path = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_units_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mission_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    assignment_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    plain_language_summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    target_groups = table.Column<List<string>>(type: "text[]", nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mission_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_mission_versions_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "missions",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignment_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    plain_language_summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    target_groups = table.Column<List<string>>(type: "text[]", nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    draft_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    draft_updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    published_version_number = table.Column<int>(type: "integer", nullable: false),
                    has_unpublished_changes = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_missions", x => x.unit_id);
                    table.ForeignKey(
                        name: "fk_missions_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_mission_versions_unit_id_number",
                table: "mission_versions",
                columns: new[] { "unit_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_name",
                table: "units",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_units_parent_id",
                table: "units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_path",
                table: "units",
                column: "path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ux_units_external_id",
                table: "units",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_units_short_code",
                table: "units",
                column: "short_code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mission_versions");

            migrationBuilder.DropTable(
                name: "missions");

            migrationBuilder.DropTable(
                name: "units");
        }
    }
}
