using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relationships_ByClient",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_People_List",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_ByClient",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "ClientSortName", "Id", "TrashId" },
                filter: "\"TrashId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_People_List",
                table: "People",
                columns: new[] { "WorkspaceId", "IsMe", "SearchName", "Id", "TrashId" },
                descending: new[] { false, true, false, false, false },
                filter: "\"TrashId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Relationships_ByClient",
                table: "Relationships");

            migrationBuilder.DropIndex(
                name: "IX_People_List",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_Relationships_ByClient",
                table: "Relationships",
                columns: new[] { "WorkspaceId", "ClientSortName", "Id" },
                filter: "\"TrashId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_People_List",
                table: "People",
                columns: new[] { "WorkspaceId", "IsMe", "SearchName", "Id" },
                descending: new[] { false, true, false, false },
                filter: "\"TrashId\" IS NULL");
        }
    }
}
