using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgendaIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Awaiting",
                table: "Proposals",
                columns: new[] { "WorkspaceId", "ProposedAt", "Id" },
                filter: "\"Answer\" IN ('Pending', 'NoAnswer') AND \"TrashId\" IS NULL");

            // The stale-pulse list filters and orders on this expression; the model has no way to say it.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Relationships_PulseSince" ON "Relationships" ("WorkspaceId", (COALESCE("LatestPulseAt", "CreatedAt"))) WHERE "TrashId" IS NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Relationships_PulseSince\"");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_Awaiting",
                table: "Proposals");
        }
    }
}
