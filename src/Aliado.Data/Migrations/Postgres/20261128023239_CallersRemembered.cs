using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CallersRemembered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessEpoch",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessEpoch", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "AccessEpoch",
                columns: new[] { "Id", "Value" },
                values: new object[] { 1, 0L });

            // Every change to what a caller is made of changes the row, in the same transaction.
            foreach (var statement in AccessEpoch.PostgresCreate())
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in AccessEpoch.PostgresDrop())
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropTable(
                name: "AccessEpoch");
        }
    }
}
