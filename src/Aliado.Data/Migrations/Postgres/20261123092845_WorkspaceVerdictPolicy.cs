using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkspaceVerdictPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "MinimumCoincidenceShare",
                table: "Workspaces",
                type: "double precision",
                nullable: false,
                defaultValue: 0.25);

            migrationBuilder.AddColumn<int>(
                name: "WantedImportance",
                table: "Workspaces",
                type: "integer",
                nullable: false,
                defaultValue: 4);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MinimumCoincidenceShare",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "WantedImportance",
                table: "Workspaces");
        }
    }
}
