using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HackathonPlatform.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GroupFlavour : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FlavourName",
                table: "Groups",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FlavourName",
                table: "Groups");
        }
    }
}
