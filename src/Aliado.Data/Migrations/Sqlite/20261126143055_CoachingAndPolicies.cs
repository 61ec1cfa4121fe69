using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoachingAndPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing workspaces keep today's health thresholds: 60 days, 3 and 5 no's in a row.
            migrationBuilder.AddColumn<int>(
                name: "AtRiskStreak",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "StalePulseDays",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<int>(
                name: "WatchStreak",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.CreateTable(
                name: "InteractionInterests",
                columns: table => new
                {
                    InteractionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InteractionInterests", x => new { x.InteractionId, x.InterestId });
                    table.ForeignKey(
                        name: "FK_InteractionInterests_Interactions_InteractionId",
                        column: x => x.InteractionId,
                        principalTable: "Interactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InteractionInterests_Interests_InterestId",
                        column: x => x.InterestId,
                        principalTable: "Interests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InteractionInterests_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandingInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Importance = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingInterests", x => x.Id);
                    table.CheckConstraint("CK_StandingInterests_Importance", "\"Importance\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_StandingInterests_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionInterests_InterestId",
                table: "InteractionInterests",
                column: "InterestId");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionInterests_WorkspaceId",
                table: "InteractionInterests",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_StandingInterests_WorkspaceId_CreatedAt",
                table: "StandingInterests",
                columns: new[] { "WorkspaceId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InteractionInterests");

            migrationBuilder.DropTable(
                name: "StandingInterests");

            migrationBuilder.DropColumn(
                name: "AtRiskStreak",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "StalePulseDays",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "WatchStreak",
                table: "Workspaces");
        }
    }
}
