package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.Workstation;

/** JSON shapes of member liaison groups and member workstations. */
interface OrganisationJson {

    record LiaisonGroupView(String id, String committeeId, String name, String area, String leaderId, List<String> memberIds, long version) {
        static LiaisonGroupView of(LiaisonGroup g) {
            return new LiaisonGroupView(g.id().toString(), g.committeeId().toString(), g.name(), g.area(),
                    g.leaderId().map(MemberId::toString).orElse(null), g.memberIds().stream().map(MemberId::toString).toList(), g.version());
        }
    }

    class LiaisonGroupRequest {
        @NotBlank
        @Size(max = 100)
        public String name;
        @NotBlank
        @Size(max = 100)
        public String area;
        /** On update only: the group leader, one of its members; absent for none. */
        public String leaderId;
    }

    class MemberReference {
        @NotBlank
        public String memberId;
    }

    record WorkstationView(String id, String committeeId, String name, String place, String placeKind, String headName, String headPost,
                           List<PostingView> postings, long version) {
        static WorkstationView of(Workstation w) {
            return new WorkstationView(w.id().toString(), w.committeeId().toString(), w.name(), w.place(), w.placeKind().name(),
                    w.headName().orElse(null), w.headPost().orElse(null), w.postings().stream().map(PostingView::of).toList(), w.version());
        }
    }

    record PostingView(String memberId, String type, LocalDate since) {
        static PostingView of(Posting p) {
            return new PostingView(p.memberId().toString(), p.type().name(), p.sinceInclusive());
        }
    }

    class WorkstationRequest {
        @NotBlank
        @Size(max = 100)
        public String name;
        @NotBlank
        @Size(max = 100)
        public String place;
        /** TOWNSHIP or STREET. */
        @NotBlank
        public String placeKind;
        @Size(max = 100)
        public String headName;
        @Size(max = 100)
        public String headPost;
    }

    class PostingRequest {
        @NotBlank
        public String memberId;
        /** RESIDENT, SENT_DOWN or SECTOR. */
        @NotBlank
        public String type;
        @NotNull
        public LocalDate since;
    }
}
