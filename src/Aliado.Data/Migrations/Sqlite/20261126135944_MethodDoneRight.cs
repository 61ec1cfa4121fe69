using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MethodDoneRight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing rows keep their meaning: verdicts made under the rules' first version are recomputed
            // on start (VerdictUpgrade), pulses so far were mine, and reminders start weekly on Monday at 08:00.
            migrationBuilder.AddColumn<int>(
                name: "VerdictRulesVersion",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Authority",
                table: "Relationships",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Decide");

            migrationBuilder.AddColumn<double>(
                name: "ProviderShare",
                table: "Relationships",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<int>(
                name: "VoiceGap",
                table: "Relationships",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Pulses",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Me");

            migrationBuilder.AddColumn<DateTime>(
                name: "NextReminderAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReminderDay",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Monday");

            migrationBuilder.AddColumn<string>(
                name: "ReminderFrequency",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Weekly");

            migrationBuilder.AddColumn<int>(
                name: "ReminderHour",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 8);

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PulseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckIns_Pulses_PulseId",
                        column: x => x.PulseId,
                        principalTable: "Pulses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CheckIns_Relationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "Relationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckIns_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_NextReminderAt",
                table: "AspNetUsers",
                column: "NextReminderAt");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_CreatedByUserId",
                table: "CheckIns",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_Hash",
                table: "CheckIns",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_PulseId",
                table: "CheckIns",
                column: "PulseId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_RelationshipId_CreatedAt",
                table: "CheckIns",
                columns: new[] { "RelationshipId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_WorkspaceId",
                table: "CheckIns",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_NextReminderAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "VerdictRulesVersion",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "Authority",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "ProviderShare",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "VoiceGap",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Pulses");

            migrationBuilder.DropColumn(
                name: "NextReminderAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ReminderDay",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ReminderFrequency",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ReminderHour",
                table: "AspNetUsers");
        }
    }
}
