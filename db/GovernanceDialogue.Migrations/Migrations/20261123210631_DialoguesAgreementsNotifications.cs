using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernanceDialogue.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class DialoguesAgreementsNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dialogue_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_default = table.Column<bool>(type: "boolean", nullable: false),
                    current_version_number = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false),
                    link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    email_state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    email_attempts = table.Column<int>(type: "integer", nullable: false),
                    email_next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    email_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    email_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_users_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wheel_schedules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entries = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_wheel_schedules", x => x.id);
                    table.ForeignKey(
                        name: "fk_wheel_schedules_units_scope_unit_id",
                        column: x => x.scope_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogue_template_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    questions = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_template_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_dialogue_template_versions_dialogue_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "dialogue_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogue_cycles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    scope_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    wheel_key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    template_id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_version_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    preparation_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    dialogues_from = table.Column<DateOnly>(type: "date", nullable: false),
                    dialogues_to = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    opened_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_cycles", x => x.id);
                    table.ForeignKey(
                        name: "fk_dialogue_cycles_dialogue_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "dialogue_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dialogue_cycles_template_versions_template_version_id",
                        column: x => x.template_version_id,
                        principalTable: "dialogue_template_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dialogue_cycles_units_scope_unit_id",
                        column: x => x.scope_unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cycle_rollups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facts = table.Column<string>(type: "jsonb", nullable: false),
                    prepared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cycle_rollups", x => x.id);
                    table.ForeignKey(
                        name: "fk_cycle_rollups_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "dialogue_cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_cycle_rollups_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notes_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notes_updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    overdue_since = table.Column<DateOnly>(type: "date", nullable: true),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    participants = table.Column<List<string>>(type: "text[]", nullable: false),
                    leadership_response = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    held_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    unfinished_at_cycle_close = table.Column<bool>(type: "boolean", nullable: false),
                    reopen_count = table.Column<int>(type: "integer", nullable: false),
                    last_reopen_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogues", x => x.id);
                    table.ForeignKey(
                        name: "fk_dialogues_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "dialogue_cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dialogues_template_versions_template_version_id",
                        column: x => x.template_version_id,
                        principalTable: "dialogue_template_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dialogues_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    drop_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreements_cycles_cycle_id",
                        column: x => x.cycle_id,
                        principalTable: "dialogue_cycles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreements_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agreements_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dialogue_goals",
                columns: table => new
                {
                    goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    assessment = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_goals", x => new { x.dialogue_id, x.goal_id });
                    table.ForeignKey(
                        name: "fk_dialogue_goals_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_dialogue_goals_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agreement_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreement_notes_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dialogue_follow_ups",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dialogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dialogue_follow_ups", x => new { x.dialogue_id, x.agreement_id });
                    table.ForeignKey(
                        name: "fk_dialogue_follow_ups_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dialogue_follow_ups_dialogues_dialogue_id",
                        column: x => x.dialogue_id,
                        principalTable: "dialogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreement_notes_agreement_id",
                table: "agreement_notes",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_cycle_id",
                table: "agreements",
                column: "cycle_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_dialogue_id",
                table: "agreements",
                column: "dialogue_id");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_unit_id_status",
                table: "agreements",
                columns: new[] { "unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_cycle_rollups_unit_id",
                table: "cycle_rollups",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_cycle_rollups_cycle_unit",
                table: "cycle_rollups",
                columns: new[] { "cycle_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_cycles_status_opens_on",
                table: "dialogue_cycles",
                columns: new[] { "status", "opens_on" });

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_cycles_template_id",
                table: "dialogue_cycles",
                column: "template_id");

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_cycles_template_version_id",
                table: "dialogue_cycles",
                column: "template_version_id");

            migrationBuilder.CreateIndex(
                name: "ux_dialogue_cycles_scope_year_wheel_key",
                table: "dialogue_cycles",
                columns: new[] { "scope_unit_id", "year", "wheel_key" },
                unique: true,
                filter: "wheel_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_follow_ups_agreement_id",
                table: "dialogue_follow_ups",
                column: "agreement_id");

            migrationBuilder.CreateIndex(
                name: "ix_dialogue_goals_goal_id",
                table: "dialogue_goals",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ux_dialogue_template_versions_template_number",
                table: "dialogue_template_versions",
                columns: new[] { "template_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_dialogue_templates_one_default",
                table: "dialogue_templates",
                column: "is_default",
                unique: true,
                filter: "is_default");

            migrationBuilder.CreateIndex(
                name: "ix_dialogues_template_version_id",
                table: "dialogues",
                column: "template_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_dialogues_unit_id_created_at",
                table: "dialogues",
                columns: new[] { "unit_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ux_dialogues_cycle_unit",
                table: "dialogues",
                columns: new[] { "cycle_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_email_next_attempt_at",
                table: "notifications",
                column: "email_next_attempt_at",
                filter: "email_state = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_id_created_at",
                table: "notifications",
                columns: new[] { "recipient_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ux_notifications_recipient_kind_subject",
                table: "notifications",
                columns: new[] { "recipient_id", "kind", "subject_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_wheel_schedules_scope",
                table: "wheel_schedules",
                column: "scope_unit_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_notes");

            migrationBuilder.DropTable(
                name: "cycle_rollups");

            migrationBuilder.DropTable(
                name: "dialogue_follow_ups");

            migrationBuilder.DropTable(
                name: "dialogue_goals");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "wheel_schedules");

            migrationBuilder.DropTable(
                name: "agreements");

            migrationBuilder.DropTable(
                name: "dialogues");

            migrationBuilder.DropTable(
                name: "dialogue_cycles");

            migrationBuilder.DropTable(
                name: "dialogue_template_versions");

            migrationBuilder.DropTable(
                name: "dialogue_templates");
        }
    }
}
