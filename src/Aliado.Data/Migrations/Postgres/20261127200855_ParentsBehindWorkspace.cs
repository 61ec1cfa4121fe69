using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ParentsBehindWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Traits_WorkspaceId",
                table: "Traits");

            migrationBuilder.DropIndex(
                name: "IX_Ties_WorkspaceId",
                table: "Ties");

            migrationBuilder.DropIndex(
                name: "IX_Pulses_WorkspaceId",
                table: "Pulses");

            migrationBuilder.DropIndex(
                name: "IX_ProposalOffering_WorkspaceId",
                table: "ProposalOffering");

            migrationBuilder.DropIndex(
                name: "IX_ProposalInterest_WorkspaceId",
                table: "ProposalInterest");

            migrationBuilder.DropIndex(
                name: "IX_OfferingServes_WorkspaceId",
                table: "OfferingServes");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_WorkspaceId",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_ObservedTrait_WorkspaceId",
                table: "ObservedTrait");

            migrationBuilder.DropIndex(
                name: "IX_Interests_WorkspaceId",
                table: "Interests");

            migrationBuilder.DropIndex(
                name: "IX_Interactions_WorkspaceId",
                table: "Interactions");

            migrationBuilder.DropIndex(
                name: "IX_InteractionInterests_WorkspaceId",
                table: "InteractionInterests");

            migrationBuilder.DropIndex(
                name: "IX_Coincidences_WorkspaceId",
                table: "Coincidences");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_WorkspaceId",
                table: "CheckIns");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_WorkspaceId",
                table: "Assessments");

            migrationBuilder.CreateIndex(
                name: "IX_Traits_WorkspaceId_ClientTypeId",
                table: "Traits",
                columns: new[] { "WorkspaceId", "ClientTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Ties_WorkspaceId_OtherPersonId",
                table: "Ties",
                columns: new[] { "WorkspaceId", "OtherPersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Ties_WorkspaceId_PersonId",
                table: "Ties",
                columns: new[] { "WorkspaceId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_ArenaId",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "ArenaId" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_ClientId",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "ClientId" });

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_WorkspaceId_ProviderId",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_Pulses_WorkspaceId_RelationshipId",
                table: "Pulses",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_WorkspaceId_RelationshipId",
                table: "Proposals",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalOffering_WorkspaceId_OfferingId",
                table: "ProposalOffering",
                columns: new[] { "WorkspaceId", "OfferingId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalOffering_WorkspaceId_ProposalId",
                table: "ProposalOffering",
                columns: new[] { "WorkspaceId", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalInterest_WorkspaceId_InterestId",
                table: "ProposalInterest",
                columns: new[] { "WorkspaceId", "InterestId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalInterest_WorkspaceId_ProposalId",
                table: "ProposalInterest",
                columns: new[] { "WorkspaceId", "ProposalId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonEmailKeys_WorkspaceId_PersonId",
                table: "PersonEmailKeys",
                columns: new[] { "WorkspaceId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_People_WorkspaceId_OrganizationId",
                table: "People",
                columns: new[] { "WorkspaceId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_WorkspaceId_ParentId",
                table: "Organizations",
                columns: new[] { "WorkspaceId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferingServes_WorkspaceId_InterestId",
                table: "OfferingServes",
                columns: new[] { "WorkspaceId", "InterestId" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferingServes_WorkspaceId_OfferingId",
                table: "OfferingServes",
                columns: new[] { "WorkspaceId", "OfferingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_WorkspaceId_RelationshipId",
                table: "Offerings",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_ObservedTrait_WorkspaceId_AssessmentId",
                table: "ObservedTrait",
                columns: new[] { "WorkspaceId", "AssessmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ObservedTrait_WorkspaceId_TraitId",
                table: "ObservedTrait",
                columns: new[] { "WorkspaceId", "TraitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Lessons_WorkspaceId_RelationshipId",
                table: "Lessons",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_Interests_WorkspaceId_RelationshipId",
                table: "Interests",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_WorkspaceId_RelationshipId",
                table: "Interactions",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionInterests_WorkspaceId_InteractionId",
                table: "InteractionInterests",
                columns: new[] { "WorkspaceId", "InteractionId" });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionInterests_WorkspaceId_InterestId",
                table: "InteractionInterests",
                columns: new[] { "WorkspaceId", "InterestId" });

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_WorkspaceId_ClientInterestId",
                table: "Coincidences",
                columns: new[] { "WorkspaceId", "ClientInterestId" });

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_WorkspaceId_ProviderInterestId",
                table: "Coincidences",
                columns: new[] { "WorkspaceId", "ProviderInterestId" });

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_WorkspaceId_RelationshipId",
                table: "Coincidences",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_WorkspaceId_CreatedByUserId",
                table: "CheckIns",
                columns: new[] { "WorkspaceId", "CreatedByUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_WorkspaceId_PulseId",
                table: "CheckIns",
                columns: new[] { "WorkspaceId", "PulseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_WorkspaceId_RelationshipId",
                table: "CheckIns",
                columns: new[] { "WorkspaceId", "RelationshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_WorkspaceId_PersonId",
                table: "Assessments",
                columns: new[] { "WorkspaceId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Traits_WorkspaceId_ClientTypeId",
                table: "Traits");

            migrationBuilder.DropIndex(
                name: "IX_Ties_WorkspaceId_OtherPersonId",
                table: "Ties");

            migrationBuilder.DropIndex(
                name: "IX_Ties_WorkspaceId_PersonId",
                table: "Ties");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_WorkspaceId_ArenaId",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_WorkspaceId_ClientId",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Relationships_WorkspaceId_ProviderId",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_Pulses_WorkspaceId_RelationshipId",
                table: "Pulses");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_WorkspaceId_RelationshipId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_ProposalOffering_WorkspaceId_OfferingId",
                table: "ProposalOffering");

            migrationBuilder.DropIndex(
                name: "IX_ProposalOffering_WorkspaceId_ProposalId",
                table: "ProposalOffering");

            migrationBuilder.DropIndex(
                name: "IX_ProposalInterest_WorkspaceId_InterestId",
                table: "ProposalInterest");

            migrationBuilder.DropIndex(
                name: "IX_ProposalInterest_WorkspaceId_ProposalId",
                table: "ProposalInterest");

            migrationBuilder.DropIndex(
                name: "IX_PersonEmailKeys_WorkspaceId_PersonId",
                table: "PersonEmailKeys");

            migrationBuilder.DropIndex(
                name: "IX_People_WorkspaceId_OrganizationId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_WorkspaceId_ParentId",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_OfferingServes_WorkspaceId_InterestId",
                table: "OfferingServes");

            migrationBuilder.DropIndex(
                name: "IX_OfferingServes_WorkspaceId_OfferingId",
                table: "OfferingServes");

            migrationBuilder.DropIndex(
                name: "IX_Offerings_WorkspaceId_RelationshipId",
                table: "Offerings");

            migrationBuilder.DropIndex(
                name: "IX_ObservedTrait_WorkspaceId_AssessmentId",
                table: "ObservedTrait");

            migrationBuilder.DropIndex(
                name: "IX_ObservedTrait_WorkspaceId_TraitId",
                table: "ObservedTrait");

            migrationBuilder.DropIndex(
                name: "IX_Lessons_WorkspaceId_RelationshipId",
                table: "Lessons");

            migrationBuilder.DropIndex(
                name: "IX_Interests_WorkspaceId_RelationshipId",
                table: "Interests");

            migrationBuilder.DropIndex(
                name: "IX_Interactions_WorkspaceId_RelationshipId",
                table: "Interactions");

            migrationBuilder.DropIndex(
                name: "IX_InteractionInterests_WorkspaceId_InteractionId",
                table: "InteractionInterests");

            migrationBuilder.DropIndex(
                name: "IX_InteractionInterests_WorkspaceId_InterestId",
                table: "InteractionInterests");

            migrationBuilder.DropIndex(
                name: "IX_Coincidences_WorkspaceId_ClientInterestId",
                table: "Coincidences");

            migrationBuilder.DropIndex(
                name: "IX_Coincidences_WorkspaceId_ProviderInterestId",
                table: "Coincidences");

            migrationBuilder.DropIndex(
                name: "IX_Coincidences_WorkspaceId_RelationshipId",
                table: "Coincidences");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_WorkspaceId_CreatedByUserId",
                table: "CheckIns");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_WorkspaceId_PulseId",
                table: "CheckIns");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_WorkspaceId_RelationshipId",
                table: "CheckIns");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_WorkspaceId_PersonId",
                table: "Assessments");

            migrationBuilder.CreateIndex(
                name: "IX_Traits_WorkspaceId",
                table: "Traits",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Ties_WorkspaceId",
                table: "Ties",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Pulses_WorkspaceId",
                table: "Pulses",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalOffering_WorkspaceId",
                table: "ProposalOffering",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalInterest_WorkspaceId",
                table: "ProposalInterest",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferingServes_WorkspaceId",
                table: "OfferingServes",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Offerings_WorkspaceId",
                table: "Offerings",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservedTrait_WorkspaceId",
                table: "ObservedTrait",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Interests_WorkspaceId",
                table: "Interests",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_WorkspaceId",
                table: "Interactions",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionInterests_WorkspaceId",
                table: "InteractionInterests",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Coincidences_WorkspaceId",
                table: "Coincidences",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_WorkspaceId",
                table: "CheckIns",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_WorkspaceId",
                table: "Assessments",
                column: "WorkspaceId");
        }
    }
}
