-- AlterTable
ALTER TABLE "ExportJob" ADD COLUMN     "progressAt" TIMESTAMP(3);
