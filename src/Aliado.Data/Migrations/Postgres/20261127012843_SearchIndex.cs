using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aliado.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index and the triggers that keep it current; what is already stored is indexed here.
            foreach (var statement in Aliado.Data.Search.SearchSchema.PostgresCreate())
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in Aliado.Data.Search.SearchSchema.PostgresDrop())
            {
                migrationBuilder.Sql(statement);
            }
        }
    }
}
