using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Pulses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pulses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OnTheirSide = table.Column<int>(type: "integer", nullable: false),
                    GettingWhatTheyBuy = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Credibility = table.Column<int>(type: "integer", nullable: true),
                    Reliability = table.Column<int>(type: "integer", nullable: true),
                    Intimacy = table.Column<int>(type: "integer", nullable: true),
                    SelfOrientation = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pulses", x => x.Id);
                    table.CheckConstraint("CK_Pulses_Scales", "\"OnTheirSide\" BETWEEN 1 AND 5 AND \"GettingWhatTheyBuy\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_Pulses_Relationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "Relationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pulses_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pulses_RelationshipId_TakenAt",
                table: "Pulses",
                columns: new[] { "RelationshipId", "TakenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Pulses_WorkspaceId",
                table: "Pulses",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Pulses");
        }
    }
}
