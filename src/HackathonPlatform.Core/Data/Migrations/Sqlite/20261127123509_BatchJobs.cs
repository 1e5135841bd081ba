using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HackathonPlatform.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BatchJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BatchJobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Backend = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BackendJobId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    HackathonId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Flavour = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GpuCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExitCode = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkingDirectory = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LogPath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BatchJobs_Groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BatchJobs_GroupId_SubmittedAt",
                table: "BatchJobs",
                columns: new[] { "GroupId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BatchJobs_HackathonId",
                table: "BatchJobs",
                column: "HackathonId");

            migrationBuilder.CreateIndex(
                name: "IX_BatchJobs_State",
                table: "BatchJobs",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatchJobs");
        }
    }
}
