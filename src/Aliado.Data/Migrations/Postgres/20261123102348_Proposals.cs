using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Proposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DeclineStreak",
                table: "Relationships",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DeclinesAbsorbed",
                table: "Relationships",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "Relationships",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "LastTouchAt",
                table: "Relationships",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "LatestGettingWhatTheyBuy",
                table: "Relationships",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestOnTheirSide",
                table: "Relationships",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LatestPulseAt",
                table: "Relationships",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OverdueAt",
                table: "Relationships",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "AspNetUsers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Pitch = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reaction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Reading = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Behind = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proposals_Relationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "Relationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Proposals_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalInterest",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterestId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalInterest", x => new { x.ProposalId, x.InterestId });
                    table.ForeignKey(
                        name: "FK_ProposalInterest_Interests_InterestId",
                        column: x => x.InterestId,
                        principalTable: "Interests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalInterest_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalInterest_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalOffering",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferingId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalOffering", x => new { x.ProposalId, x.OfferingId });
                    table.ForeignKey(
                        name: "FK_ProposalOffering_Offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "Offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalOffering_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalOffering_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing relationships get their running summary from what was already recorded.
            migrationBuilder.Sql("""
                UPDATE "Relationships" SET "LastTouchAt" = COALESCE((SELECT MAX(i."OccurredAt") FROM "Interactions" i WHERE i."RelationshipId" = "Relationships"."Id" AND i."OccurredAt" > "Relationships"."CreatedAt"), "CreatedAt");
                """);
            migrationBuilder.Sql("""
                UPDATE "Relationships" SET
                    "DueAt" = "LastTouchAt" + make_interval(days => "CadenceDays"),
                    "OverdueAt" = "LastTouchAt" + make_interval(secs => "CadenceDays" * 1.5 * 86400);
                """);
            migrationBuilder.Sql("""
                UPDATE "Relationships" SET
                    "LatestPulseAt" = (SELECT p."TakenAt" FROM "Pulses" p WHERE p."RelationshipId" = "Relationships"."Id" ORDER BY p."TakenAt" DESC LIMIT 1),
                    "LatestOnTheirSide" = (SELECT p."OnTheirSide" FROM "Pulses" p WHERE p."RelationshipId" = "Relationships"."Id" ORDER BY p."TakenAt" DESC LIMIT 1),
                    "LatestGettingWhatTheyBuy" = (SELECT p."GettingWhatTheyBuy" FROM "Pulses" p WHERE p."RelationshipId" = "Relationships"."Id" ORDER BY p."TakenAt" DESC LIMIT 1);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_DueAt",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_LastTouchAt",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "LastTouchAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_LatestPulseAt",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "LatestPulseAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_OverdueAt",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "OverdueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_Hash",
                table: "CalendarFeeds",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_UserId",
                table: "CalendarFeeds",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_WorkspaceId_UserId",
                table: "CalendarFeeds",
                columns: new[] { "WorkspaceId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposalInterest_InterestId",
                table: "ProposalInterest",
                column: "InterestId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalInterest_WorkspaceId",
                table: "ProposalInterest",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalOffering_OfferingId",
                table: "ProposalOffering",
                column: "OfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalOffering_WorkspaceId",
                table: "ProposalOffering",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_RelationshipId_ProposedAt",
                table: "Proposals",
                columns: new[] { "RelationshipId", "ProposedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_WorkspaceId_Answer_ProposedAt",
                table: "Proposals",
                columns: new[] { "WorkspaceId", "Answer", "ProposedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_WorkspaceId_FollowUpOn",
                table: "Proposals",
                columns: new[] { "WorkspaceId", "FollowUpOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "ProposalInterest");

            migrationBuilder.DropTable(
                name: "ProposalOffering");

            migrationBuilder.DropTable(
                name: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_WorkspaceId_DueAt",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_WorkspaceId_LastTouchAt",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_WorkspaceId_LatestPulseAt",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_WorkspaceId_OverdueAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "DeclineStreak",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "DeclinesAbsorbed",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "LastTouchAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "LatestGettingWhatTheyBuy",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "LatestOnTheirSide",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "LatestPulseAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "OverdueAt",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "AspNetUsers");
        }
    }
}
