using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Ties",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "StandingInterests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "StandingInterests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Relationships",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Relationships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Pulses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Pulses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Proposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "ProposalOffering",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "ProposalInterest",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "OfferingServes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Offerings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Offerings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "ObservedTrait",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Lessons",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Lessons",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Interests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Interests",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Interactions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Interactions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "InteractionInterests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Coincidences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Coincidences",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "CheckIns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "CheckIns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashId",
                table: "Assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RelationshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotentRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecurityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
