using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeepEverything : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Ties_PersonId_OtherPersonId_Kind",
                table: "Ties");

            migrationBuilder.DropIndex(
                name: "IX_People_WorkspaceId_Me",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Coincidences_ProviderInterestId_ClientInterestId",
                table: "Coincidences");

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Ties",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Ties",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "StandingInterests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "StandingInterests",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Relationships",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Relationships",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Pulses",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Pulses",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Proposals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Proposals",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "ProposalOffering",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "ProposalInterest",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "People",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "People",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Organizations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Organizations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "OfferingServes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Offerings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Offerings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "ObservedTrait",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Lessons",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Lessons",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Interests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Interests",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Interactions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Interactions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "InteractionInterests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Coincidences",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Coincidences",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "CheckIns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "CheckIns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Assessments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelationshipId = table.Column<Guid>(type: "uuid", nullable: true),
                    Field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Changes_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdempotentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Owner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: true),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Location = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Body = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotentRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecurityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecurityEvents_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrashEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeletedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrashEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrashEntries_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Ties_PersonId_OtherPersonId_Kind",
                table: "Ties",
                columns: new[] { "PersonId", "OtherPersonId", "Kind" },
                unique: true,
                filter: "\"TrashId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_TrashId",
                table: "Ties",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_StandingInterests_TrashId",
                table: "StandingInterests",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_TrashId",
                table: "Relationships",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Pulses_TrashId",
                table: "Pulses",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TrashId",
                table: "Proposals",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalOffering_TrashId",
                table: "ProposalOffering",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalInterest_TrashId",
                table: "ProposalInterest",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_People_TrashId",
                table: "People",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_People_WorkspaceId_Me",
                table: "People",
                column: "WorkspaceId",
                unique: true,
                filter: "\"IsMe\" AND \"TrashId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_TrashId",
                table: "Organizations",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingServes_TrashId",
                table: "OfferingServes",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_TrashId",
                table: "Offerings",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservedTrait_TrashId",
                table: "ObservedTrait",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_TrashId",
                table: "Lessons",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Interests_TrashId",
                table: "Interests",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_TrashId",
                table: "Interactions",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionInterests_TrashId",
                table: "InteractionInterests",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_ProviderInterestId_ClientInterestId",
                table: "Coincidences",
                columns: new[] { "ProviderInterestId", "ClientInterestId" },
                unique: true,
                filter: "\"TrashId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_TrashId",
                table: "Coincidences",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_TrashId",
                table: "CheckIns",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_TrashId",
                table: "Assessments",
                column: "TrashId");

            migrationBuilder.CreateIndex(
                name: "IX_Changes_RecordId_Version",
                table: "Changes",
                columns: new[] { "RecordId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_Changes_WorkspaceId_PersonId_At",
                table: "Changes",
                columns: new[] { "WorkspaceId", "PersonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Changes_WorkspaceId_RelationshipId_At",
                table: "Changes",
                columns: new[] { "WorkspaceId", "RelationshipId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentRequests_CreatedAt",
                table: "IdempotentRequests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotentRequests_Owner_Key",
                table: "IdempotentRequests",
                columns: new[] { "Owner", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_WorkspaceId_At",
                table: "SecurityEvents",
                columns: new[] { "WorkspaceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_TrashEntries_DeletedAt",
                table: "TrashEntries",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TrashEntries_WorkspaceId_DeletedAt",
                table: "TrashEntries",
                columns: new[] { "WorkspaceId", "DeletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Changes");

            migrationBuilder.DropTable(
                name: "IdempotentRequests");

            migrationBuilder.DropTable(
                name: "SecurityEvents");

            migrationBuilder.DropTable(
                name: "TrashEntries");

            migrationBuilder.DropIndex(
                name: "IX_Ties_PersonId_OtherPersonId_Kind",
                table: "Ties");

            migrationBuilder.DropIndex(
                name: "IX_Ties_TrashId",
                table: "Ties");

            migrationBuilder.DropIndex(
                name: "IX_StandingInterests_TrashId",
                table: "StandingInterests");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_TrashId",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Pulses_TrashId",
                table: "Pulses");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_TrashId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_ProposalOffering_TrashId",
                table: "ProposalOffering");

            migrationBuilder.DropIndex(
                name: "IX_ProposalInterest_TrashId",
                table: "ProposalInterest");

            migrationBuilder.DropIndex(
                name: "IX_People_TrashId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_WorkspaceId_Me",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_TrashId",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_OfferingServes_TrashId",
                table: "OfferingServes");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_TrashId",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_ObservedTrait_TrashId",
                table: "ObservedTrait");

            migrationBuilder.DropIndex(
                name: "IX_Lessons_TrashId",
                table: "Lessons");

            migrationBuilder.DropIndex(
                name: "IX_Interests_TrashId",
                table: "Interests");

            migrationBuilder.DropIndex(
                name: "IX_Interactions_TrashId",
                table: "Interactions");

            migrationBuilder.DropIndex(
                name: "IX_InteractionInterests_TrashId",
                table: "InteractionInterests");

            migrationBuilder.DropIndex(
                name: "IX_Coincidences_ProviderInterestId_ClientInterestId",
                table: "Coincidences");

            migrationBuilder.DropIndex(
                name: "IX_Coincidences_TrashId",
                table: "Coincidences");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_TrashId",
                table: "CheckIns");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_TrashId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Ties");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Ties");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "StandingInterests");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "StandingInterests");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Pulses");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Pulses");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "ProposalOffering");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "ProposalInterest");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "People");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "OfferingServes");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Offerings");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "ObservedTrait");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Lessons");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Lessons");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Interests");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Interests");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Interactions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Interactions");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "InteractionInterests");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Coincidences");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Coincidences");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "TrashId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Assessments");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_PersonId_OtherPersonId_Kind",
                table: "Ties",
                columns: new[] { "PersonId", "OtherPersonId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_WorkspaceId_Me",
                table: "People",
                column: "WorkspaceId",
                unique: true,
                filter: "\"IsMe\"");

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_ProviderInterestId_ClientInterestId",
                table: "Coincidences",
                columns: new[] { "ProviderInterestId", "ClientInterestId" },
                unique: true);
        }
    }
}
