using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Collaborations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "dialogue_id",
                table: "agreements",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AlterColumn<Guid>(
                name: "cycle_id",
                table: "agreements",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "collaboration_id",
                table: "agreements",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "collaborations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    lead_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partners = table.Column<string>(type: "jsonb", nullable: false),
                    stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaborations", x => x.id);
                    table.ForeignKey(
                        name: "fk_collaborations_units_lead_unit_id",
                        column: x => x.lead_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_goals",
                columns: table => new
                {
                    goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_goals", x => new { x.collaboration_id, x.goal_id });
                    table.ForeignKey(
                        name: "fk_collaboration_goals_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_collaboration_goals_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_stage_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    to = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    trust = table.Column<string>(type: "jsonb", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_stage_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_collaboration_stage_changes_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "collaboration_units",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_units", x => new { x.collaboration_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_collaboration_units_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_collaboration_units_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_collaboration_id",
                table: "agreements",
                column: "collaboration_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agreements_one_origin",
                table: "agreements",
                sql: "(dialogue_id IS NOT NULL AND cycle_id IS NOT NULL AND collaboration_id IS NULL) OR (dialogue_id IS NULL AND cycle_id IS NULL AND collaboration_id IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_goals_goal_id",
                table: "collaboration_goals",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_stage_changes_collaboration_id",
                table: "collaboration_stage_changes",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_units_unit_id",
                table: "collaboration_units",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_lead_unit_id",
                table: "collaborations",
                column: "lead_unit_id");

            migrationBuilder.AddForeignKey(
                name: "fk_agreements_collaborations_collaboration_id",
                table: "agreements",
                column: "collaboration_id",
                principalTable: "collaborations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_agreements_collaborations_collaboration_id",
                table: "agreements");

            migrationBuilder.DropTable(
                name: "collaboration_goals");

            migrationBuilder.DropTable(
                name: "collaboration_stage_changes");

            migrationBuilder.DropTable(
                name: "collaboration_units");

            migrationBuilder.DropTable(
                name: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_agreements_collaboration_id",
                table: "agreements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agreements_one_origin",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "collaboration_id",
                table: "agreements");

            migrationBuilder.AlterColumn<Guid>(
                name: "dialogue_id",
                table: "agreements",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "cycle_id",
                table: "agreements",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
