using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class GoalPicturesAnalysesGoals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "missions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('swedish', coalesce(assignment_text, '') || ' ' || coalesce(plain_language_summary, '') || ' ' || coalesce(basis, ''))",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "mission_versions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('swedish', coalesce(assignment_text, '') || ' ' || coalesce(plain_language_summary, '') || ' ' || coalesce(basis, ''))",
                stored: true);

            migrationBuilder.CreateTable(
                name: "analyses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    strengths = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    challenges = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    risks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    citizen_perspective = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    employee_perspective = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    equality_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    equality_perspective = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    collaboration_needs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('swedish', coalesce(strengths, '') || ' ' || coalesce(challenges, '') || ' ' || coalesce(risks, '') || ' ' || coalesce(citizen_perspective, '') || ' ' || coalesce(employee_perspective, '') || ' ' || coalesce(equality_perspective, '') || ' ' || coalesce(collaboration_needs, ''))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_analyses", x => x.id);
                    table.ForeignKey(
                        name: "fk_analyses_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "goal_pictures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    vision = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    adopted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    adopted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_goal_pictures", x => x.id);
                    table.ForeignKey(
                        name: "fk_goal_pictures_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "goal_policies",
                columns: table => new
                {
                    city_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cap = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_goal_policies", x => x.city_id);
                    table.ForeignKey(
                        name: "fk_goal_policies_units_city_id",
                        column: x => x.city_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "goal_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_goal_sets", x => x.id);
                    table.ForeignKey(
                        name: "fk_goal_sets_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stop_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<int>(type: "integer", nullable: false),
                    goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stop_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_stop_log_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "observations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    analysis_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    unit_of_measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kolada_kpi_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    value_women = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    value_men = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    comparison_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    comparison_label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observations", x => x.id);
                    table.ForeignKey(
                        name: "fk_observations_analyses_analysis_id",
                        column: x => x.analysis_id,
                        principalTable: "analyses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "goal_picture_themes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_picture_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    city_theme_id = table.Column<Guid>(type: "uuid", nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_goal_picture_themes", x => new { x.goal_picture_id, x.id });
                    table.ForeignKey(
                        name: "fk_goal_picture_themes_goal_pictures_goal_picture_id",
                        column: x => x.goal_picture_id,
                        principalTable: "goal_pictures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_set_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    why = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    analysis_id = table.Column<Guid>(type: "uuid", nullable: true),
                    evidence_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    theme_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    how_we_will_know = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reflection = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(why, '') || ' ' || coalesce(how_we_will_know, '') || ' ' || coalesce(owner, ''))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_goals_goal_sets_goal_set_id",
                        column: x => x.goal_set_id,
                        principalTable: "goal_sets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_missions_search_vector",
                table: "missions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_mission_versions_search_vector",
                table: "mission_versions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_analyses_search_vector",
                table: "analyses",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ux_analyses_unit_period",
                table: "analyses",
                columns: new[] { "unit_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_goal_picture_themes_city_theme_id",
                table: "goal_picture_themes",
                column: "city_theme_id");

            migrationBuilder.CreateIndex(
                name: "ix_goal_picture_themes_id",
                table: "goal_picture_themes",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ux_goal_pictures_one_draft",
                table: "goal_pictures",
                column: "unit_id",
                unique: true,
                filter: "status = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "ux_goal_pictures_unit_number",
                table: "goal_pictures",
                columns: new[] { "unit_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_goal_sets_unit_period",
                table: "goal_sets",
                columns: new[] { "unit_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_goals_goal_set_id",
                table: "goals",
                column: "goal_set_id");

            migrationBuilder.CreateIndex(
                name: "ix_goals_search_vector",
                table: "goals",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_goals_theme_ids",
                table: "goals",
                column: "theme_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_goals_unit_id_period",
                table: "goals",
                columns: new[] { "unit_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ux_observations_analysis_kpi_period",
                table: "observations",
                columns: new[] { "analysis_id", "kolada_kpi_id", "period" },
                unique: true,
                filter: "kolada_kpi_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stop_log_unit_id_period",
                table: "stop_log",
                columns: new[] { "unit_id", "period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "goal_picture_themes");

            migrationBuilder.DropTable(
                name: "goal_policies");

            migrationBuilder.DropTable(
                name: "goals");

            migrationBuilder.DropTable(
                name: "observations");

            migrationBuilder.DropTable(
                name: "stop_log");

            migrationBuilder.DropTable(
                name: "goal_pictures");

            migrationBuilder.DropTable(
                name: "goal_sets");

            migrationBuilder.DropTable(
                name: "analyses");

            migrationBuilder.DropIndex(
                name: "ix_missions_search_vector",
                table: "missions");

            migrationBuilder.DropIndex(
                name: "ix_mission_versions_search_vector",
                table: "mission_versions");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "missions");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "mission_versions");
        }
    }
}
