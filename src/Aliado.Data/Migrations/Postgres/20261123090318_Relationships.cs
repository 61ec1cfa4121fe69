using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Relationships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Relationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArenaId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CadenceDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CoincidenceShare = table.Column<double>(type: "double precision", nullable: false),
                    ConflictShare = table.Column<double>(type: "double precision", nullable: false),
                    DecisionMade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecisionOutcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Relationships", x => x.Id);
                    table.CheckConstraint("CK_Relationships_Cadence", "\"CadenceDays\" BETWEEN 1 AND 365");
                    table.CheckConstraint("CK_Relationships_TwoPeople", "\"ProviderId\" <> \"ClientId\"");
                    table.ForeignKey(
                        name: "FK_Relationships_Organizations_ArenaId",
                        column: x => x.ArenaId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Relationships_People_ClientId",
                        column: x => x.ClientId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Relationships_People_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Relationships_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Interests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Holder = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Importance = table.Column<int>(type: "integer", nullable: false),
                    Confidence = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interests", x => x.Id);
                    table.CheckConstraint("CK_Interests_Confidence", "\"Confidence\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_Interests_Importance", "\"Importance\" BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "FK_Interests_Relationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "Relationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Interests_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Offerings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ClientBuys = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PerceivedValue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Willingness = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offerings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offerings_Relationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "Relationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Offerings_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Coincidences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelationshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderInterestId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientInterestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Strength = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Coincidences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Coincidences_Interests_ClientInterestId",
                        column: x => x.ClientInterestId,
                        principalTable: "Interests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Coincidences_Interests_ProviderInterestId",
                        column: x => x.ProviderInterestId,
                        principalTable: "Interests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Coincidences_Relationships_RelationshipId",
                        column: x => x.RelationshipId,
                        principalTable: "Relationships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Coincidences_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferingServes",
                columns: table => new
                {
                    OfferingId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterestId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferingServes", x => new { x.OfferingId, x.InterestId });
                    table.ForeignKey(
                        name: "FK_OfferingServes_Interests_InterestId",
                        column: x => x.InterestId,
                        principalTable: "Interests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferingServes_Offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "Offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferingServes_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_ClientInterestId",
                table: "Coincidences",
                column: "ClientInterestId");

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_ProviderInterestId_ClientInterestId",
                table: "Coincidences",
                columns: new[] { "ProviderInterestId", "ClientInterestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_RelationshipId",
                table: "Coincidences",
                column: "RelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_WorkspaceId",
                table: "Coincidences",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Interests_RelationshipId",
                table: "Interests",
                column: "RelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Interests_WorkspaceId",
                table: "Interests",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_RelationshipId",
                table: "Offerings",
                column: "RelationshipId");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_WorkspaceId",
                table: "Offerings",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingServes_InterestId",
                table: "OfferingServes",
                column: "InterestId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingServes_WorkspaceId",
                table: "OfferingServes",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_ArenaId",
                table: "Relationships",
                column: "ArenaId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_ClientId",
                table: "Relationships",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_ProviderId",
                table: "Relationships",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_Outcome",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Coincidences");

            migrationBuilder.DropTable(
                name: "OfferingServes");

            migrationBuilder.DropTable(
                name: "Interests");

            migrationBuilder.DropTable(
                name: "Offerings");

            migrationBuilder.DropTable(
                name: "Relationships");
        }
    }
}
