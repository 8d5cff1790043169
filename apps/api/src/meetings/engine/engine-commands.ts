import { Injectable, type OnModuleInit } from '@nestjs/common';
import { advanceAgenda, deferItem, reorderAgenda } from '../commands/agenda.commands.js';
import { addAgendaItem, withdrawAgendaItem } from '../commands/agenda-items.commands.js';
import { arriveAtMeeting, markAttendance } from '../commands/attendance.commands.js';
import { inviteToMeeting } from '../commands/invitation.commands.js';
import { correctOutcome, declareInterest, recordOutcome } from '../commands/decision.commands.js';
import { endMeeting, startMeeting } from '../commands/meeting-lifecycle.commands.js';
import {
  castVote,
  castVoteOptimistically,
  closeVoting,
  openVoting,
  reopenVoting,
  revealVotes,
} from '../commands/voting.commands.js';
import { lowerHand, raiseHand } from '../commands/raised-hands.commands.js';
import { setItemAllowance } from '../commands/item-allowance.commands.js';
import { addActionInRoom } from '../../actions/action-in-room.commands.js';
import { AddActionDto } from '../../actions/dto/add-action.dto.js';
import {
  AddAgendaItemDto,
  AdvanceAgendaDto,
  ArriveAtMeetingDto,
  CastVoteDto,
  CloseVotingDto,
  DeclareInterestDto,
  DeferItemDto,
  EndMeetingDto,
  MarkAttendanceDto,
  OpenVotingDto,
  RecordOutcomeDto,
  ReorderAgendaDto,
  RevealVotesDto,
  StartMeetingDto,
  WithdrawAgendaItemDto,
  ReopenVotingDto,
  RaiseHandDto,
  LowerHandDto,
  SetItemAllowanceDto,
  CorrectOutcomeDto,
  InviteToMeetingDto,
} from '../dto/meeting-commands.dto.js';
import { definePanel, MeetingEngineRegistry } from './meeting-engine-registry.js';

/** The engine's own commands, shared by every panel's meetings: the meeting, who attends, agenda, votes, hands, decisions. */
export const ENGINE_CORE = definePanel('the meeting engine', {
  commands: {
    'meeting.start': { dto: StartMeetingDto, handler: startMeeting },
    'meeting.end': { dto: EndMeetingDto, handler: endMeeting },
    'attendance.mark': { dto: MarkAttendanceDto, handler: markAttendance },
    'attendance.arrive': { dto: ArriveAtMeetingDto, handler: arriveAtMeeting },
    'member.invite': { dto: InviteToMeetingDto, handler: inviteToMeeting },
    'agenda.reorder': { dto: ReorderAgendaDto, handler: reorderAgenda },
    'agenda.advance': { dto: AdvanceAgendaDto, handler: advanceAgenda },
    'agenda.add': { dto: AddAgendaItemDto, handler: addAgendaItem },
    'agenda.withdraw': { dto: WithdrawAgendaItemDto, handler: withdrawAgendaItem },
    'interest.declare': { dto: DeclareInterestDto, handler: declareInterest },
    'voting.open': { dto: OpenVotingDto, handler: openVoting },
    'vote.cast': { dto: CastVoteDto, handler: castVote, optimistic: castVoteOptimistically },
    'voting.close': { dto: CloseVotingDto, handler: closeVoting },
    'votes.reveal': { dto: RevealVotesDto, handler: revealVotes },
    'voting.reopen': { dto: ReopenVotingDto, handler: reopenVoting },
    'hand.raise': { dto: RaiseHandDto, handler: raiseHand },
    'hand.lower': { dto: LowerHandDto, handler: lowerHand },
    'item.allowance': { dto: SetItemAllowanceDto, handler: setItemAllowance },
    'outcome.record': { dto: RecordOutcomeDto, handler: recordOutcome },
    'outcome.correct': { dto: CorrectOutcomeDto, handler: correctOutcome },
    'item.defer': { dto: DeferItemDto, handler: deferItem },
    'action.add': { dto: AddActionDto, handler: addActionInRoom },
  },
});

/** Registers the engine's own commands, the same way each panel registers its own. */
@Injectable()
export class EngineCommands implements OnModuleInit {
  constructor(private readonly engine: MeetingEngineRegistry) {}

  onModuleInit(): void {
    this.engine.register(ENGINE_CORE);
  }
}
