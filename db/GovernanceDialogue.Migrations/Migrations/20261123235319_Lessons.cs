using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Lessons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lessons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    context = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    what_we_tried = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    what_happened = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    what_we_learned = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_failure = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    shared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shared_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(context, '') || ' ' || coalesce(what_we_tried, '') || ' ' || coalesce(what_happened, '') || ' ' || coalesce(what_we_learned, ''))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lessons", x => x.id);
                    table.ForeignKey(
                        name: "fk_lessons_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lessons_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lessons_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "failure_nominations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    city_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    lesson_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    motivation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    nominated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    shortlisted = table.Column<bool>(type: "boolean", nullable: false),
                    shortlisted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shortlisted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_failure_nominations", x => x.id);
                    table.ForeignKey(
                        name: "fk_failure_nominations_lessons_lesson_id",
                        column: x => x.lesson_id,
                        principalTable: "lessons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_failure_nominations_units_city_id",
                        column: x => x.city_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "failure_awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    city_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    lesson_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_failure_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_failure_awards_failure_nominations_nomination_id",
                        column: x => x.nomination_id,
                        principalTable: "failure_nominations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_failure_awards_lessons_lesson_id",
                        column: x => x.lesson_id,
                        principalTable: "lessons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_failure_awards_units_city_id",
                        column: x => x.city_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_failure_awards_lesson_id",
                table: "failure_awards",
                column: "lesson_id");

            migrationBuilder.CreateIndex(
                name: "ix_failure_awards_nomination_id",
                table: "failure_awards",
                column: "nomination_id");

            migrationBuilder.CreateIndex(
                name: "ux_failure_awards_city_year",
                table: "failure_awards",
                columns: new[] { "city_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_failure_nominations_city_id_year",
                table: "failure_nominations",
                columns: new[] { "city_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ux_failure_nominations_lesson_nominator_year",
                table: "failure_nominations",
                columns: new[] { "lesson_id", "nominator_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lessons_dialogue_id",
                table: "lessons",
                column: "dialogue_id");

            migrationBuilder.CreateIndex(
                name: "ix_lessons_goal_id",
                table: "lessons",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_lessons_search_vector",
                table: "lessons",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_lessons_tags",
                table: "lessons",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_lessons_unit_id_status",
                table: "lessons",
                columns: new[] { "unit_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "failure_awards");

            migrationBuilder.DropTable(
                name: "failure_nominations");

            migrationBuilder.DropTable(
                name: "lessons");
        }
    }
}
