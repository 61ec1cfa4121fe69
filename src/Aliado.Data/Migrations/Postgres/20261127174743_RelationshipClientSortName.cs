using Aliado.Data.Relationships;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RelationshipClientSortName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientSortName",
                table: "Relationships",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_ByClient",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "ClientSortName", "Id" },
                filter: "\"TrashId\" IS NULL");

            // Triggers keep the column, and fill it for the relationships already there.
            foreach (var statement in ClientSortName.PostgresCreate())
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in ClientSortName.PostgresDrop())
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropIndex(
                name: "IX_Relationships_ByClient",
                table: "Relationships");

            migrationBuilder.DropColumn(
                name: "ClientSortName",
                table: "Relationships");
        }
    }
}
