using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HackathonPlatform.Core.Data.Migrations.Sqlite
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
                type: "TEXT",
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
