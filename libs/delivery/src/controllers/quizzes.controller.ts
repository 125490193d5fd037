import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  UseFilters,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorResponseDto, PageQueryDto, toPage, type Paginated } from '@markpoint/common';
import { CurrentTenant, RequireScope, type TenantContext } from '@markpoint/tenancy';
import { describeTimeLimit } from '../domain/effective-deadline';
import { AttemptSummaryDto, toAttemptSummary } from '../dtos/attempt.dto';
import { AccommodationDto, CreateQuizDto, UpdateQuizDto } from '../dtos/quiz.dto';
import { QuizResponseDto, toQuizResponse } from '../dtos/quiz-response.dto';
import { DeliveryRestApiExceptionFilter } from '../filters/delivery-rest-api-exception.filter';
import { QuizRepository } from '../repositories/quiz.repository';
import { QuizResultsUseCase, type LearnerGrade } from '../use-cases/quiz-results.use-case';
import { SaveQuizUseCase } from '../use-cases/save-quiz.use-case';

@ApiTags('quizzes')
@Controller('quizzes')
@UseFilters(DeliveryRestApiExceptionFilter)
export class QuizzesController {
  constructor(
    private readonly save: SaveQuizUseCase,
    private readonly quizzes: QuizRepository,
    private readonly results: QuizResultsUseCase,
  ) {}

  @Post()
  @RequireScope('author')
  @ApiOperation({ summary: 'Create a quiz drawn from a bank by a blueprint, with its settings' })
  @ApiCreatedResponse({ type: QuizResponseDto })
  @ApiResponse({ status: 422, type: ErrorResponseDto, description: 'The blueprint selects no item' })
  async create(@Body() dto: CreateQuizDto, @CurrentTenant() t: TenantContext): Promise<QuizResponseDto> {
    return toQuizResponse(await this.save.create({ tenantId: t.tenantId, ...dto }));
  }

  @Get()
  @RequireScope('author', 'deliver', 'results:read')
  @ApiOperation({ summary: 'List quizzes, newest first' })
  async list(
    @Query() query: PageQueryDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<Paginated<QuizResponseDto>> {
    const [rows, total] = await this.quizzes.list(t.tenantId, query);
    return toPage(rows.map(toQuizResponse), total, query);
  }

  @Get(':id')
  @RequireScope('author', 'deliver', 'results:read')
  @ApiOkResponse({ type: QuizResponseDto })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<QuizResponseDto> {
    return toQuizResponse(await this.results.quiz(t.tenantId, id));
  }

  @Patch(':id')
  @RequireScope('author')
  @ApiOperation({
    summary: 'Change title, blueprint or settings; started attempts keep their items and deadline',
  })
  @ApiOkResponse({ type: QuizResponseDto })
  async update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateQuizDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<QuizResponseDto> {
    return toQuizResponse(await this.save.update({ tenantId: t.tenantId, id, ...dto }));
  }

  @Put(':id/accommodations/:learner')
  @RequireScope('author')
  @ApiOperation({ summary: "Set a learner's time multiplier and extra attempts" })
  async accommodate(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('learner') learner: string,
    @Body() dto: AccommodationDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<{ learner: string; timeMultiplier: number; extraAttempts: number; timeLimit: string | null }> {
    const quiz = await this.results.quiz(t.tenantId, id);
    const a = await this.quizzes.upsertAccommodation({ quizId: quiz.id, learnerRef: learner, ...dto });
    return {
      learner,
      timeMultiplier: a.timeMultiplier,
      extraAttempts: a.extraAttempts,
      timeLimit: describeTimeLimit(quiz.settings.timeLimitMinutes, a.timeMultiplier),
    };
  }

  @Get(':id/results')
  @RequireScope('results:read')
  @ApiOperation({ summary: "A quiz's attempts with scores and marking-point breakdowns, paged" })
  async attempts(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PageQueryDto,
    @CurrentTenant() t: TenantContext,
  ): Promise<Paginated<AttemptSummaryDto>> {
    const [rows, total] = await this.results.page(t.tenantId, id, query);
    return toPage(
      rows.map((a) => toAttemptSummary(a)),
      total,
      query,
    );
  }

  @Get(':id/grades')
  @RequireScope('results:read')
  @ApiOperation({ summary: "Each learner's grade by the quiz's grading method" })
  grades(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentTenant() t: TenantContext,
  ): Promise<LearnerGrade[]> {
    return this.results.learnerGrades(t.tenantId, id);
  }

  @Get(':id/results.csv')
  @RequireScope('results:read')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'Every attempt as CSV, one column per marking point' })
  csv(@Param('id', new ParseUUIDPipe()) id: string, @CurrentTenant() t: TenantContext): Promise<string> {
    return this.results.csv(t.tenantId, id);
  }

  @Get(':id/statistics')
  @RequireScope('results:read', 'author')
  @ApiOperation({
    summary:
      "Facility and discrimination per item and the quiz's Cronbach's alpha (KR-20), from first attempts",
  })
  statistics(@Param('id', new ParseUUIDPipe()) id: string, @CurrentTenant() t: TenantContext) {
    return this.results.statistics(t.tenantId, id);
  }
}
