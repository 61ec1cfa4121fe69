using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Sqlite
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
                type: "REAL",
                nullable: false,
                defaultValue: 0.25);

            migrationBuilder.AddColumn<int>(
                name: "WantedImportance",
                table: "Workspaces",
                type: "INTEGER",
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
